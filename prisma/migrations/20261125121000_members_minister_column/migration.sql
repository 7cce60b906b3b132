-- 20261125120500_members_minister was committed empty by mistake (its migrate diff failed
-- silently). This adds the column it should have added, with IF NOT EXISTS to be safe either way.

-- AlterTable
ALTER TABLE "Contribution" ADD COLUMN IF NOT EXISTS "resolvedMinister" BOOLEAN;
