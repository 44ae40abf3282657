BEGIN;
--
-- Add field phone to member
--
ALTER TABLE "shop_member" ADD COLUMN "phone_id" integer NULL CONSTRAINT "shop_member_phone_id_f89e3f5e_fk_people_route_weight" REFERENCES "people_route"("weight") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "shop_member_phone_id_f89e3f5e_fk_people_route_weight" IMMEDIATE;
CREATE INDEX "shop_member_phone_id_f89e3f5e" ON "shop_member" ("phone_id");
COMMIT;
