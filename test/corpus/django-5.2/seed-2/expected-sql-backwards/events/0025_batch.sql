BEGIN;
--
-- Create model Batch
--
DROP TABLE "events_batch_t35" CASCADE;
COMMIT;
