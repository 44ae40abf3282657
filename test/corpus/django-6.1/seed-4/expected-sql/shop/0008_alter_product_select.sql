BEGIN;
--
-- Alter field select on product
--
CREATE INDEX "shop_product_select_f425bedc" ON "shop_product" ("select");
COMMIT;
