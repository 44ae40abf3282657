BEGIN;
--
-- Add field window to author
--
ALTER TABLE "events_author" ADD COLUMN "window" bigint NULL;
COMMIT;
