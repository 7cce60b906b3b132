-- Issue 28: the Senedd's two languages. A contribution keeps the language its text is in, the
-- language it was spoken in, and the other language's text as its translation (one row per
-- speech, never two). Null for every record that is not bilingual (prisma/schema.prisma).
ALTER TABLE "Contribution" ADD COLUMN "language" TEXT;
ALTER TABLE "Contribution" ADD COLUMN "spokenLanguage" TEXT;
ALTER TABLE "Contribution" ADD COLUMN "translationLanguage" TEXT;
ALTER TABLE "Contribution" ADD COLUMN "translationText" TEXT;
