BEGIN;
--
-- Remove field count from badge
--
ALTER TABLE "events_badge" DROP COLUMN "count" CASCADE;
COMMIT;
