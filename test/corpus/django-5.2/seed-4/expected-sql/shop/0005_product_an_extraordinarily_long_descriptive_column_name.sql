BEGIN;
--
-- Add field an_extraordinarily_long_descriptive_column_name to product
--
ALTER TABLE "shop_product" ADD COLUMN "an_extraordinarily_long_descriptive_column_name" smallint DEFAULT 10 NOT NULL UNIQUE;
ALTER TABLE "shop_product" ALTER COLUMN "an_extraordinarily_long_descriptive_column_name" DROP DEFAULT;
COMMIT;
