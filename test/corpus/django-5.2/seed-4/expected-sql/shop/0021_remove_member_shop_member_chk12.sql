BEGIN;
--
-- Remove constraint shop_member_chk12 from model member
--
ALTER TABLE "shop_member" DROP CONSTRAINT "shop_member_chk12";
COMMIT;
