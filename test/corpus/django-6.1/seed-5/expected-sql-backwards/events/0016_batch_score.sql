BEGIN;
--
-- Add field score to batch
--
ALTER TABLE "events_batch" DROP COLUMN "score";
COMMIT;
