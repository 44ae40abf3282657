BEGIN;
--
-- Alter field tags on product
--
ALTER TABLE "shop_product" RENAME COLUMN "col_tags6" TO "tags";
COMMIT;
