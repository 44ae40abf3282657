BEGIN;
--
-- Add field count to author
--
ALTER TABLE "events_author" ADD COLUMN "count" numeric(7, 2) NULL;
COMMIT;
