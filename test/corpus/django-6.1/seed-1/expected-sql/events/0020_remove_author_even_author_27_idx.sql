BEGIN;
--
-- Remove index even_author_27_idx from author
--
DROP INDEX IF EXISTS "even_author_27_idx";
COMMIT;
