-- Public pages a shared cache may still hold after a listing changed: written
-- in the change's transaction, sent to the purge hook by a job (decision 035).
-- CreateTable
CREATE TABLE "PagePurge" (
    "id" TEXT NOT NULL,
    "tags" TEXT[],
    "paths" TEXT[],
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PagePurge_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PagePurge_createdAt_idx" ON "PagePurge"("createdAt");
