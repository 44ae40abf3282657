BEGIN;
--
-- Create index even_author_16_idx on field(s) summary of model author
--
DROP INDEX IF EXISTS "even_author_16_idx";
COMMIT;
