BEGIN;
--
-- Alter field weight on product
--
ALTER TABLE "catalog_product" DROP CONSTRAINT "catalog_product_weight_77dc2439_uniq";
DROP INDEX IF EXISTS "catalog_product_weight_77dc2439_like";
COMMIT;
