BEGIN;
--
-- Create constraint billing_member_chk25 on model member
--
ALTER TABLE "billing_member" ADD CONSTRAINT "billing_member_chk25" CHECK (NOT "closed");
COMMIT;
