BEGIN;
--
-- Remove field visible from product
--
ALTER TABLE "fleet_product" DROP COLUMN "visible" CASCADE;
COMMIT;
