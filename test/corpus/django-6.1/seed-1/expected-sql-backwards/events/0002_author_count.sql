BEGIN;
--
-- Add field count to author
--
ALTER TABLE "events_author" DROP COLUMN "count";
COMMIT;
