BEGIN;
--
-- Alter field select on product
--
DROP INDEX IF EXISTS "shop_product_select_f425bedc";
COMMIT;
