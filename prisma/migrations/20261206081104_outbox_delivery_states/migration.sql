-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "cancelledAt" TIMESTAMP(3),
ADD COLUMN     "keptAt" TIMESTAMP(3),
ADD COLUMN     "nextAttemptAt" TIMESTAMP(3),
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- Mail kept for want of a mail server was recorded as sent; such a message
-- was never tried over SMTP, so it has no attempts. Record what happened.
UPDATE "OutboxMessage" SET "keptAt" = "sentAt", "sentAt" = NULL WHERE "sentAt" IS NOT NULL AND "attempts" = 0;
