BEGIN;
--
-- Raw SQL operation
--
ALTER TABLE "events_comment" DROP COLUMN "version";
COMMIT;
