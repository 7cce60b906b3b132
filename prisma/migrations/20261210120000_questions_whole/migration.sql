-- Written questions and statements as Parliament's API really answers (issue 30).
-- The answering department's id: stable when the department is renamed, so its records stay together.
ALTER TABLE "Record" ADD COLUMN "departmentId" INTEGER;
CREATE INDEX "Record_departmentId_idx" ON "Record"("departmentId");
-- A written statement's links (what it corrects or is joint with), notice number and attachments.
ALTER TABLE "Record" ADD COLUMN "statementFacts" JSONB;

-- Each answering department's newest name, and the day it was given: what its records are shown under.
CREATE TABLE "AnsweringBody" (
    "id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "nameAsOf" DATE NOT NULL,

    CONSTRAINT "AnsweringBody_pkey" PRIMARY KEY ("id")
);
