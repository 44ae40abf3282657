BEGIN;
--
-- Create model Product
--
DROP TABLE "shop_product" CASCADE;
COMMIT;
