BEGIN;
--
-- Create model Tag
--
DROP TABLE "events_tag" CASCADE;
COMMIT;
