BEGIN;
--
-- Rename table for product to fleet_product_t4
--
ALTER TABLE "fleet_product_t4" RENAME TO "fleet_product";
COMMIT;
