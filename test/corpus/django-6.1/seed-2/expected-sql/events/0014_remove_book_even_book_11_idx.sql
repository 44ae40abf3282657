BEGIN;
--
-- Remove index even_book_11_idx from book
--
DROP INDEX IF EXISTS "even_book_11_idx";
COMMIT;
