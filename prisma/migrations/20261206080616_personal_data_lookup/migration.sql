-- A keyed hash of each referral client's email or phone, for finding a person
-- on request (decision 038). SQL cannot compute it (the key is not in the
-- database): lib/privacy fills rows written before this column, and rows
-- hashed under a retired key, before every search.
-- AlterTable
ALTER TABLE "Referral" ADD COLUMN     "clientContactLookup" TEXT;

-- CreateIndex
CREATE INDEX "Referral_clientContactLookup_idx" ON "Referral"("clientContactLookup");
