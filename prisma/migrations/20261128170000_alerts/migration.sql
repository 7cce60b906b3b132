-- CreateTable
CREATE TABLE "Alert" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "frequency" TEXT NOT NULL,
    "confirmedAt" TIMESTAMP(3),
    "deliveredUpTo" TIMESTAMP(3),
    "lastSentAt" TIMESTAMP(3),
    "firedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Alert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertSentItem" (
    "alertId" TEXT NOT NULL,
    "contributionId" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertSentItem_pkey" PRIMARY KEY ("alertId","contributionId")
);

-- CreateTable
CREATE TABLE "AlertToken" (
    "hash" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "alertId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3),
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "AlertToken_pkey" PRIMARY KEY ("hash")
);

-- CreateTable
CREATE TABLE "AlertMessage" (
    "id" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "unsubscribeUrl" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "AlertMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertSignup" (
    "id" TEXT NOT NULL,
    "emailHash" TEXT NOT NULL,
    "clientHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertSignup_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Alert_confirmedAt_idx" ON "Alert"("confirmedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Alert_email_kind_query_key" ON "Alert"("email", "kind", "query");

-- CreateIndex
CREATE INDEX "AlertToken_email_idx" ON "AlertToken"("email");

-- CreateIndex
CREATE UNIQUE INDEX "AlertMessage_messageId_key" ON "AlertMessage"("messageId");

-- CreateIndex
CREATE INDEX "AlertMessage_status_nextAttemptAt_idx" ON "AlertMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "AlertSignup_emailHash_createdAt_idx" ON "AlertSignup"("emailHash", "createdAt");

-- CreateIndex
CREATE INDEX "AlertSignup_clientHash_createdAt_idx" ON "AlertSignup"("clientHash", "createdAt");

-- AddForeignKey
ALTER TABLE "AlertSentItem" ADD CONSTRAINT "AlertSentItem_alertId_fkey" FOREIGN KEY ("alertId") REFERENCES "Alert"("id") ON DELETE CASCADE ON UPDATE CASCADE;

