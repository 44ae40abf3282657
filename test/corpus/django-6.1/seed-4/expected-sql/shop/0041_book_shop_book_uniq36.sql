BEGIN;
--
-- Create constraint shop_book_uniq36 on model book
--
CREATE UNIQUE INDEX "shop_book_uniq36" ON "shop_book" ("opened", "size") INCLUDE ("select_id");
COMMIT;
