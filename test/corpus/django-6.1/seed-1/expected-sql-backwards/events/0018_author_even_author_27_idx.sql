BEGIN;
--
-- Create index even_author_27_idx on field(s) weight of model author
--
DROP INDEX IF EXISTS "even_author_27_idx";
COMMIT;
