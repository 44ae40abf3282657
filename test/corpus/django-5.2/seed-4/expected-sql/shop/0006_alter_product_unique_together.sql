BEGIN;
--
-- Alter unique_together for product (1 constraint(s))
--
ALTER TABLE "shop_product" ADD CONSTRAINT "shop_product_col_tags6_kind_1e723236_uniq" UNIQUE ("col_tags6", "kind");
COMMIT;
