BEGIN;
--
-- Add field email to member
--
ALTER TABLE "fleet_member_t2" DROP COLUMN "email";
COMMIT;
