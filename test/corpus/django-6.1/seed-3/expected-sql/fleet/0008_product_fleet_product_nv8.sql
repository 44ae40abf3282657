BEGIN;
--
-- Create not valid constraint fleet_product_nv8 on model product
--
ALTER TABLE "fleet_product_t4" ADD CONSTRAINT "fleet_product_nv8" CHECK (NOT ("id" BETWEEN  -10 AND 1000)) NOT VALID;
COMMIT;
