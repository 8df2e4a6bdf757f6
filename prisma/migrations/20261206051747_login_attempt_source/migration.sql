-- AlterTable
ALTER TABLE "LoginAttempt" ADD COLUMN     "source" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "LoginAttempt_source_createdAt_idx" ON "LoginAttempt"("source", "createdAt");
