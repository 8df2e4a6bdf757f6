-- Reading referrals' client details becomes a permission of its own,
-- granted by an admin (docs/decisions/025). Admins already sign in with
-- two-factor, so they keep referral work; editors lose it until granted.
-- AlterTable
ALTER TABLE "StaffUser" ADD COLUMN     "referralAccess" BOOLEAN NOT NULL DEFAULT false;

UPDATE "StaffUser" SET "referralAccess" = true WHERE "role" = 'ADMIN';
