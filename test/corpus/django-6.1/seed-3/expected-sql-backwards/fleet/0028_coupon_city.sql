BEGIN;
--
-- Add field city to coupon
--
SET CONSTRAINTS "fleet_coupon_city_id_e34ed5fc_fk_library_v" IMMEDIATE; ALTER TABLE "fleet_coupon" DROP CONSTRAINT "fleet_coupon_city_id_e34ed5fc_fk_library_v";
ALTER TABLE "fleet_coupon" DROP COLUMN "city_id";
COMMIT;
