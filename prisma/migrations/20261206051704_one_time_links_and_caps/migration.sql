-- One-time links leave the stored mail: a message keeps a placeholder and
-- the link, encrypted, in "linkEnc" until it is sent (lib/mail). Mail stored
-- before this keeps no link at all: any reset, invitation or status link in
-- its text is replaced by the placeholder's words (decision 024).
-- Flood caps: sign-in attempts past their retention become daily counts,
-- and flood-prone audit entries beyond a cap only count per hour.
-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "linkEnc" TEXT;

-- CreateTable
CREATE TABLE "LoginAttemptDaily" (
    "day" DATE NOT NULL,
    "accountId" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "reason" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "LoginAttemptDaily_pkey" PRIMARY KEY ("day","accountId","success","reason")
);

-- CreateTable
CREATE TABLE "AuditRollup" (
    "hour" TIMESTAMP(3) NOT NULL,
    "action" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "AuditRollup_pkey" PRIMARY KEY ("hour","action","source")
);

-- CreateIndex
CREATE INDEX "OutboxMessage_sentAt_idx" ON "OutboxMessage"("sentAt");

-- Links already stored in clear are removed.
UPDATE "OutboxMessage"
SET "text" = regexp_replace("text", 'https?://\S+/(staff/(invite|reset)|referrals/status)/[A-Za-z0-9_-]+', '[one-time link: in the email only]', 'g')
WHERE "text" ~ '/(staff/(invite|reset)|referrals/status)/[A-Za-z0-9_-]';
