BEGIN;
--
-- Remove index shop_product_1_idx from product
--
DROP INDEX IF EXISTS "shop_product_1_idx";
COMMIT;
