-- Issue 27: divisions as printed, one Vote row per name per list (prisma/schema.prisma says what
-- each column holds). Divisions already stored as records get their lists at the next re-ingest.

-- CreateTable
CREATE TABLE "Division" (
    "id" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "sectionRecordId" TEXT,
    "afterContributionId" TEXT,
    "sourceId" TEXT,
    "house" TEXT,
    "date" DATE,
    "time" TEXT,
    "number" TEXT,
    "column" TEXT,
    "title" TEXT NOT NULL,
    "motion" TEXT,
    "ayes" INTEGER,
    "noes" INTEGER,
    "printedCounts" JSONB NOT NULL,

    CONSTRAINT "Division_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vote" (
    "id" TEXT NOT NULL,
    "divisionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "personId" TEXT,
    "name" TEXT NOT NULL,
    "vote" TEXT NOT NULL,
    "teller" BOOLEAN NOT NULL,
    "proxyPersonId" TEXT,
    "sourceRef" TEXT,
    "party" TEXT,
    "resolutionReason" TEXT,

    CONSTRAINT "Vote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Division_recordId_key" ON "Division"("recordId");

-- CreateIndex
CREATE INDEX "Division_date_idx" ON "Division"("date");

-- CreateIndex
CREATE INDEX "Division_sectionRecordId_idx" ON "Division"("sectionRecordId");

-- CreateIndex
CREATE INDEX "Vote_divisionId_position_idx" ON "Vote"("divisionId", "position");

-- CreateIndex
CREATE INDEX "Vote_personId_idx" ON "Vote"("personId");

-- AddForeignKey
ALTER TABLE "Division" ADD CONSTRAINT "Division_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "Record"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_divisionId_fkey" FOREIGN KEY ("divisionId") REFERENCES "Division"("id") ON DELETE CASCADE ON UPDATE CASCADE;
