BEGIN;
--
-- Remove constraint events_batch_chk17 from model batch
--
ALTER TABLE "events_batch" ADD CONSTRAINT "events_batch_chk17" CHECK (("Col_limit" = 'x_' AND "count" > 3));
COMMIT;
