BEGIN;
--
-- Add field attachment to product
--
ALTER TABLE "catalog_product" DROP COLUMN "attachment";
COMMIT;
