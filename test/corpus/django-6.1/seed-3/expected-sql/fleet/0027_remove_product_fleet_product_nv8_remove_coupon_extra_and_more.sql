BEGIN;
--
-- Remove constraint fleet_product_nv8 from model product
--
ALTER TABLE "fleet_product_t4" DROP CONSTRAINT "fleet_product_nv8";
--
-- Remove field extra from coupon
--
SET CONSTRAINTS "fleet_coupon_extra_id_f781b361_fk_fleet_product_t4_id" IMMEDIATE; ALTER TABLE "fleet_coupon" DROP CONSTRAINT "fleet_coupon_extra_id_f781b361_fk_fleet_product_t4_id";
ALTER TABLE "fleet_coupon" DROP COLUMN "extra_id";
--
-- Delete model Product
--
DROP TABLE "fleet_product_t4_an_extraordinarily_long_descriptive_columnf0aa" CASCADE;
DROP TABLE "fleet_product_t4" CASCADE;
COMMIT;
