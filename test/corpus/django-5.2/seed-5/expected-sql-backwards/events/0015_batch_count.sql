BEGIN;
--
-- Add field count to batch
--
ALTER TABLE "events_batch" DROP COLUMN "count" CASCADE;
COMMIT;
