BEGIN;
--
-- Add field flag to product
--
ALTER TABLE "shop_product" ADD COLUMN "flag" varchar(100) NULL;
COMMIT;
