BEGIN;
--
-- Remove field select from product
--
ALTER TABLE "catalog_product" DROP COLUMN "Col_select" CASCADE;
COMMIT;
