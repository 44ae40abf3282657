BEGIN;
--
-- Create model Batch
--
DROP TABLE "events_batch" CASCADE;
COMMIT;
