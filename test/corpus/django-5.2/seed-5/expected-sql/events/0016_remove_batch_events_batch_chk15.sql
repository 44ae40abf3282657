BEGIN;
--
-- Remove constraint events_batch_chk15 from model batch
--
ALTER TABLE "events_batch" DROP CONSTRAINT "events_batch_chk15";
COMMIT;
