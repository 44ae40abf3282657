BEGIN;
--
-- Alter constraint shop_book_uniq6 on book
--
-- (no-op)
COMMIT;
