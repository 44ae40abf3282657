BEGIN;
--
-- Add field count to product
--
ALTER TABLE "catalog_product" DROP COLUMN "count";
COMMIT;
