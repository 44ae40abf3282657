BEGIN;
--
-- Alter field status on product
--
ALTER TABLE "catalog_product" ALTER COLUMN "status" SET NOT NULL;
COMMIT;
