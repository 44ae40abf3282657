BEGIN;
--
-- Add field count to product
--
ALTER TABLE "catalog_product" ADD COLUMN "count" integer DEFAULT  -5 NOT NULL;
ALTER TABLE "catalog_product" ALTER COLUMN "count" DROP DEFAULT;
COMMIT;
