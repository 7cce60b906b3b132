-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "SourceDocument" (
    "id" TEXT NOT NULL,
    "sourceKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "rawText" TEXT NOT NULL,
    "ingestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "indexedAt" TIMESTAMP(3),

    CONSTRAINT "SourceDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Record" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "sourceId" TEXT,
    "sourceUrl" TEXT,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "house" TEXT,
    "date" DATE,
    "department" TEXT,
    "uin" TEXT,
    "volume" TEXT,
    "column" TEXT,
    "warnings" TEXT[],
    "flags" TEXT[],
    "questionStatus" TEXT,
    "tabledDate" DATE,
    "answeredDate" DATE,
    "ayes" INTEGER,
    "noes" INTEGER,

    CONSTRAINT "Record_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Speaker" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Speaker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contribution" (
    "id" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "sourceId" TEXT,
    "speakerId" TEXT,
    "speakerName" TEXT,
    "role" TEXT,
    "party" TEXT,
    "constituency" TEXT,
    "speakerRef" TEXT,
    "type" TEXT NOT NULL,
    "date" DATE,
    "time" TEXT,
    "text" TEXT NOT NULL,
    "answersIds" TEXT[],

    CONSTRAINT "Contribution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContributionAlias" (
    "oldId" TEXT NOT NULL,
    "newId" TEXT,
    "recordId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContributionAlias_pkey" PRIMARY KEY ("oldId")
);

-- CreateIndex
CREATE UNIQUE INDEX "SourceDocument_sourceKey_key" ON "SourceDocument"("sourceKey");

-- CreateIndex
CREATE INDEX "SourceDocument_indexedAt_idx" ON "SourceDocument"("indexedAt");

-- CreateIndex
CREATE INDEX "Record_documentId_position_idx" ON "Record"("documentId", "position");

-- CreateIndex
CREATE INDEX "Record_date_idx" ON "Record"("date");

-- CreateIndex
CREATE UNIQUE INDEX "Speaker_slug_key" ON "Speaker"("slug");

-- CreateIndex
CREATE INDEX "Contribution_recordId_position_idx" ON "Contribution"("recordId", "position");

-- CreateIndex
CREATE INDEX "Contribution_speakerId_idx" ON "Contribution"("speakerId");

-- AddForeignKey
ALTER TABLE "Record" ADD CONSTRAINT "Record_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SourceDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "Record"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

