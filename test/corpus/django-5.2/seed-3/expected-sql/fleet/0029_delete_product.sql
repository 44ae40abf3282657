BEGIN;
--
-- Delete model Product
--
DROP TABLE "fleet_product_an_extraordinarily_long_descriptive_column_name" CASCADE;
DROP TABLE "fleet_product" CASCADE;
COMMIT;
