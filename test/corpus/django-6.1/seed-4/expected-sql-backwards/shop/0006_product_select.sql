BEGIN;
--
-- Add field select to product
--
ALTER TABLE "shop_product" DROP COLUMN "select";
COMMIT;
