-- A visitor writing to a group through the directory gets the reply: the
-- address travels as the message's Reply-To header, never in its text.
-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "replyTo" TEXT;
