BEGIN;
--
-- Add field flag to product
--
ALTER TABLE "shop_product" DROP COLUMN "flag" CASCADE;
COMMIT;
