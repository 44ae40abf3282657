BEGIN;
--
-- Add field count to badge
--
ALTER TABLE "events_badge" DROP COLUMN "count" CASCADE;
COMMIT;
