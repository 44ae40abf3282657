BEGIN;
--
-- Add field attachment to product
--
ALTER TABLE "catalog_product" ADD COLUMN "attachment" inet DEFAULT '::1'::inet NULL;
ALTER TABLE "catalog_product" ALTER COLUMN "attachment" DROP DEFAULT;
COMMIT;
