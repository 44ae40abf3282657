BEGIN;
--
-- Raw SQL operation
--
ALTER TABLE "events_author" DROP COLUMN "path" CASCADE;
COMMIT;
