BEGIN;
--
-- Alter field select on device
--
SET CONSTRAINTS "people_device_t12_select_id_e7b62ae8_fk_fleet_member_t2_id" IMMEDIATE; ALTER TABLE "people_device_t12" DROP CONSTRAINT "people_device_t12_select_id_e7b62ae8_fk_fleet_member_t2_id";
ALTER TABLE "people_device_t12" ALTER COLUMN "select_id" TYPE integer USING "select_id"::integer;
ALTER TABLE "people_device_t12" ADD CONSTRAINT "people_device_t12_select_id_e7b62ae8_fk_shop_vehicle_id" FOREIGN KEY ("select_id") REFERENCES "shop_vehicle" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
