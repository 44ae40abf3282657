BEGIN;
--
-- Add field an_extraordinarily_long_descriptive_column_name to product
--
DROP TABLE "fleet_product_t4_an_extraordinarily_long_descriptive_columnf0aa" CASCADE;
COMMIT;
