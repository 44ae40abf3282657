BEGIN;
--
-- Create constraint billing_member_chk25 on model member
--
ALTER TABLE "billing_member" DROP CONSTRAINT "billing_member_chk25";
COMMIT;
