BEGIN;
--
-- Rename table for product to fleet_product_t4
--
ALTER TABLE "fleet_product" RENAME TO "fleet_product_t4";
COMMIT;
