BEGIN;
--
-- Create index libr_comment_34_idx on field(s) deadline of model comment
--
DROP INDEX IF EXISTS "libr_comment_34_idx";
COMMIT;
