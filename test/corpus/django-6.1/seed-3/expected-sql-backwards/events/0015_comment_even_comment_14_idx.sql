BEGIN;
--
-- Create index even_comment_14_idx on field(s) id of model comment
--
DROP INDEX IF EXISTS "even_comment_14_idx";
COMMIT;
