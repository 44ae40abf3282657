BEGIN;
--
-- Add field phone to member
--
SET CONSTRAINTS "shop_member_phone_id_f89e3f5e_fk_people_route_weight" IMMEDIATE; ALTER TABLE "shop_member" DROP CONSTRAINT "shop_member_phone_id_f89e3f5e_fk_people_route_weight";
ALTER TABLE "shop_member" DROP COLUMN "phone_id" CASCADE;
COMMIT;
