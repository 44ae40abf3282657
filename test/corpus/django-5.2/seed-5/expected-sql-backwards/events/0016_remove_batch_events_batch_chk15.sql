BEGIN;
--
-- Remove constraint events_batch_chk15 from model batch
--
ALTER TABLE "events_batch" ADD CONSTRAINT "events_batch_chk15" CHECK (("Col_limit" = 'x_' AND "email" <= 0));
COMMIT;
