BEGIN;
--
-- Add field window to author
--
ALTER TABLE "events_author" DROP COLUMN "window" CASCADE;
COMMIT;
