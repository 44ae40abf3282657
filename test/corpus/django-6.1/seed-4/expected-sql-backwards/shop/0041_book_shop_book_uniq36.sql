BEGIN;
--
-- Create constraint shop_book_uniq36 on model book
--
DROP INDEX IF EXISTS "shop_book_uniq36";
COMMIT;
