BEGIN;
--
-- Remove index even_book_18_idx from book
--
DROP INDEX IF EXISTS "even_book_18_idx";
COMMIT;
