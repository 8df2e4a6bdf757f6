-- Imports: an imported HSDS service keeps its id on the listing, so a
-- second import of the same document updates it; an upload waits between
-- its dry run and its apply as an ImportRun (decision 030).
-- CreateEnum
CREATE TYPE "ImportStage" AS ENUM ('MAPPING', 'READY', 'APPLIED');

-- AlterTable
ALTER TABLE "Group" ADD COLUMN     "externalId" VARCHAR(200);

-- CreateTable
CREATE TABLE "ImportRun" (
    "id" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "format" VARCHAR(20) NOT NULL,
    "fileName" VARCHAR(200) NOT NULL,
    "stage" "ImportStage" NOT NULL,
    "payload" JSONB NOT NULL,
    "publish" BOOLEAN NOT NULL DEFAULT false,
    "result" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "appliedAt" TIMESTAMP(3),

    CONSTRAINT "ImportRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportRun_createdAt_idx" ON "ImportRun"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Group_externalId_key" ON "Group"("externalId");
