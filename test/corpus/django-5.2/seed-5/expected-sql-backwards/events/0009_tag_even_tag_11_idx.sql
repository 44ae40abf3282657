BEGIN;
--
-- Create index even_tag_11_idx on field(s) total of model tag
--
DROP INDEX IF EXISTS "even_tag_11_idx";
COMMIT;
