BEGIN;
--
-- Create index bill_book_12_idx on field(s) city of model book
--
DROP INDEX IF EXISTS "bill_book_12_idx";
COMMIT;
