BEGIN;
--
-- Add field an_extraordinarily_long_descriptive_column_name to product
--
ALTER TABLE "shop_product" DROP COLUMN "an_extraordinarily_long_descriptive_column_name" CASCADE;
COMMIT;
