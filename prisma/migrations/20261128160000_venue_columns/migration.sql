-- Issue 16: where each record was said (venue), the bill of a Public Bill Committee, the Hansard
-- column each contribution starts in, and indexes for reference lookups (/go).

-- AlterTable
ALTER TABLE "Record" ADD COLUMN "venue" TEXT,
ADD COLUMN "bill" TEXT;

-- AlterTable
ALTER TABLE "Contribution" ADD COLUMN "column" TEXT;

-- CreateIndex
CREATE INDEX "Record_sourceId_idx" ON "Record"("sourceId");

-- CreateIndex
CREATE INDEX "Contribution_sourceId_idx" ON "Contribution"("sourceId");

-- Records stored before this migration: the venue their source id (ParlParse gid) or kind and
-- house say, as lib/parse/venue.ts would. Contribution columns come with the next re-ingest.
UPDATE "Record" SET "venue" = CASE
  WHEN "sourceId" LIKE 'uk.org.publicwhip/westminhall/%' THEN 'westminster-hall'
  WHEN "sourceId" LIKE 'uk.org.publicwhip/standing/%' THEN 'public-bill-committee'
  WHEN "sourceId" LIKE 'uk.org.publicwhip/lords/%' AND "column" LIKE 'GC%' THEN 'lords-grand-committee'
  WHEN "sourceId" LIKE 'uk.org.publicwhip/lords/%' THEN 'lords-chamber'
  WHEN "sourceId" LIKE 'uk.org.publicwhip/debate/%' THEN 'commons-chamber'
  WHEN kind = 'written-question' THEN 'written-answers'
  WHEN kind = 'written-statement' THEN 'written-statements'
  WHEN kind = 'committee-report' THEN 'committee-publication'
  WHEN kind IN ('debate', 'oral-answers') AND house = 'Commons' THEN 'commons-chamber'
  WHEN kind IN ('debate', 'oral-answers') AND house = 'Lords' THEN 'lords-chamber'
END;
UPDATE "Record" SET "bill" = substring("department" FROM '^Public Bill Committee: (.+)$') WHERE "venue" = 'public-bill-committee';

-- The search index gains the venue: every document waits to be indexed again.
UPDATE "SourceDocument" SET "indexedAt" = NULL;
