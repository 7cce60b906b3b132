-- Issue 28: the Scottish Parliament's question tracking (sp-questions/up-to-<time>.xml): each
-- file's mentions of each question, replaced whole when the file changes (prisma/schema.prisma).
CREATE TABLE "SpQuestionTrackingFile" (
    "key" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "ingestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SpQuestionTrackingFile_pkey" PRIMARY KEY ("key")
);

CREATE TABLE "SpQuestionMention" (
    "id" SERIAL NOT NULL,
    "fileKey" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "spid" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "date" DATE,
    "url" TEXT,
    "mentionedGid" TEXT,
    CONSTRAINT "SpQuestionMention_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "SpQuestionMention_spid_idx" ON "SpQuestionMention"("spid");
CREATE INDEX "SpQuestionMention_fileKey_idx" ON "SpQuestionMention"("fileKey");

ALTER TABLE "SpQuestionMention" ADD CONSTRAINT "SpQuestionMention_fileKey_fkey" FOREIGN KEY ("fileKey") REFERENCES "SpQuestionTrackingFile"("key") ON DELETE CASCADE ON UPDATE CASCADE;
