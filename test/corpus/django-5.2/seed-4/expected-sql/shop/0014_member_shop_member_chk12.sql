BEGIN;
--
-- Create constraint shop_member_chk12 on model member
--
ALTER TABLE "shop_member" ADD CONSTRAINT "shop_member_chk12" CHECK (("status" OR "flag" IS NULL));
COMMIT;
