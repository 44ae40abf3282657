BEGIN;
--
-- Alter field weight on product
--
ALTER TABLE "catalog_product" ADD CONSTRAINT "catalog_product_weight_77dc2439_uniq" UNIQUE ("weight");
COMMIT;
