BEGIN;
--
-- Create model Product
--
DROP TABLE "catalog_product" CASCADE;
COMMIT;
