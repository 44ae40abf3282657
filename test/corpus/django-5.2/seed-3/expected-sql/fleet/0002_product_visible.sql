BEGIN;
--
-- Add field visible to product
--
ALTER TABLE "fleet_product" ADD COLUMN "visible" boolean NULL;
COMMIT;
