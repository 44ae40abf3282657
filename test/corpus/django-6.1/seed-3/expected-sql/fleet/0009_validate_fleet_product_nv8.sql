BEGIN;
--
-- Validate constraint fleet_product_nv8 on model product
--
ALTER TABLE "fleet_product_t4" VALIDATE CONSTRAINT "fleet_product_nv8";
COMMIT;
