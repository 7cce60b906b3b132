-- AlterTable
ALTER TABLE "Contribution" ADD COLUMN     "personId" TEXT,
ADD COLUMN     "resolutionReason" TEXT,
ADD COLUMN     "resolutionStatus" TEXT,
ADD COLUMN     "resolvedConstituency" TEXT,
ADD COLUMN     "resolvedHouse" TEXT,
ADD COLUMN     "resolvedName" TEXT,
ADD COLUMN     "resolvedOffices" JSONB,
ADD COLUMN     "resolvedParty" TEXT;

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "identifiers" JSONB,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonName" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "validFrom" TEXT,
    "validTo" TEXT,

    CONSTRAINT "PersonName_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "house" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "party" TEXT,
    "partyCode" TEXT,
    "constituency" TEXT,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Office" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "department" TEXT,
    "organizationId" TEXT,
    "kind" TEXT NOT NULL,
    "government" BOOLEAN NOT NULL,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT,

    CONSTRAINT "Office_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemberRegisterImport" (
    "id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "counts" JSONB NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MemberRegisterImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Person_slug_key" ON "Person"("slug");

-- CreateIndex
CREATE INDEX "PersonName_key_idx" ON "PersonName"("key");

-- CreateIndex
CREATE INDEX "PersonName_personId_idx" ON "PersonName"("personId");

-- CreateIndex
CREATE INDEX "Membership_personId_idx" ON "Membership"("personId");

-- CreateIndex
CREATE INDEX "Office_personId_idx" ON "Office"("personId");

-- CreateIndex
CREATE INDEX "Contribution_personId_idx" ON "Contribution"("personId");

-- CreateIndex
CREATE INDEX "Contribution_resolutionStatus_idx" ON "Contribution"("resolutionStatus");

-- AddForeignKey
ALTER TABLE "PersonName" ADD CONSTRAINT "PersonName_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Office" ADD CONSTRAINT "Office_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

