BEGIN;
--
-- Alter field select on device
--
SET CONSTRAINTS "people_device_t12_select_id_e7b62ae8_fk_shop_vehicle_id" IMMEDIATE; ALTER TABLE "people_device_t12" DROP CONSTRAINT "people_device_t12_select_id_e7b62ae8_fk_shop_vehicle_id";
ALTER TABLE "people_device_t12" ALTER COLUMN "select_id" TYPE bigint USING "select_id"::bigint;
ALTER TABLE "people_device_t12" ADD CONSTRAINT "people_device_t12_select_id_e7b62ae8_fk_fleet_member_t2_id" FOREIGN KEY ("select_id") REFERENCES "fleet_member_t2" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
