BEGIN;
--
-- Create index even_book_18_idx on Collate(F(due)) on model book
--
DROP INDEX IF EXISTS "even_book_18_idx";
COMMIT;
