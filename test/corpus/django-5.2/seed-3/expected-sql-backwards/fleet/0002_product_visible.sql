BEGIN;
--
-- Add field visible to product
--
ALTER TABLE "fleet_product" DROP COLUMN "visible" CASCADE;
COMMIT;
