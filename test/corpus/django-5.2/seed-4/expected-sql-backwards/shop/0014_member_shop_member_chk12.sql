BEGIN;
--
-- Create constraint shop_member_chk12 on model member
--
ALTER TABLE "shop_member" DROP CONSTRAINT "shop_member_chk12";
COMMIT;
