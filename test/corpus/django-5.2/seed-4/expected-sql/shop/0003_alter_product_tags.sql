BEGIN;
--
-- Alter field tags on product
--
ALTER TABLE "shop_product" RENAME COLUMN "tags" TO "col_tags6";
COMMIT;
