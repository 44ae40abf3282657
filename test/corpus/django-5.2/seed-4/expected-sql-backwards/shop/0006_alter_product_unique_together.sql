BEGIN;
--
-- Alter unique_together for product (1 constraint(s))
--
ALTER TABLE "shop_product" DROP CONSTRAINT "shop_product_col_tags6_kind_1e723236_uniq";
COMMIT;
