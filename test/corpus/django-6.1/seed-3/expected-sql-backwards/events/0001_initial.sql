BEGIN;
--
-- Create model Comment
--
DROP TABLE "events_comment" CASCADE;
COMMIT;
