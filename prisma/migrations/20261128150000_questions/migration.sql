-- Written questions from Parliament's API (issue 15): the due date "overdue" compares with today,
-- the rest of a question's life, and the cursor an interrupted sync resumes from.
ALTER TABLE "Record" ADD COLUMN "dueDate" DATE;
ALTER TABLE "Record" ADD COLUMN "questionDetails" JSONB;
-- One question from two sources is matched on house + date tabled + UIN (decision 015).
CREATE INDEX "Record_tabledDate_idx" ON "Record"("tabledDate");

-- The contract's status names (../shared/CONTRACTS.md §4): a holding answer is "holding".
UPDATE "Record" SET "questionStatus" = 'holding' WHERE "questionStatus" = 'holding-answer';

CREATE TABLE "SyncCursor" (
    "source" TEXT NOT NULL,
    "state" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SyncCursor_pkey" PRIMARY KEY ("source")
);
