BEGIN;
--
-- Create constraint events_tag_uniq13 on model tag
--
DROP INDEX IF EXISTS "events_tag_uniq13";
COMMIT;
