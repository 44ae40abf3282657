BEGIN;
--
-- Remove field select from product
--
ALTER TABLE "catalog_product" ADD COLUMN "Col_select" double precision DEFAULT  -1.25 NOT NULL;
COMMIT;
