BEGIN;
--
-- Remove index shop_product_1_idx from product
--
CREATE INDEX "shop_product_1_idx" ON "shop_product" ("ip", "budget", "level");
COMMIT;
