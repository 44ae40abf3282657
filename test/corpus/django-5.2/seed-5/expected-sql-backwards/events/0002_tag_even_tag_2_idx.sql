BEGIN;
--
-- Create index even_tag_2_idx on field(s) -total of model tag
--
DROP INDEX IF EXISTS "even_tag_2_idx";
COMMIT;
