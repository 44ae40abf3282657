BEGIN;
--
-- Remove constraint events_batch_chk17 from model batch
--
ALTER TABLE "events_batch" DROP CONSTRAINT "events_batch_chk17";
COMMIT;
