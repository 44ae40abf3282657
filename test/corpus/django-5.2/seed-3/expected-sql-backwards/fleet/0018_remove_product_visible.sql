BEGIN;
--
-- Remove field visible from product
--
ALTER TABLE "fleet_product" ADD COLUMN "visible" boolean NULL;
COMMIT;
