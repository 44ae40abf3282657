BEGIN;
--
-- Alter field status on product
--
ALTER TABLE "catalog_product" ALTER COLUMN "status" DROP NOT NULL;
COMMIT;
