BEGIN;
--
-- Create index bill_book_15_idx on field(s) path of model book
--
DROP INDEX IF EXISTS "bill_book_15_idx";
COMMIT;
