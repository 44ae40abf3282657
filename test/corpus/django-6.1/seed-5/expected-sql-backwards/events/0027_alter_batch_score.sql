BEGIN;
--
-- Alter field score on batch
--
DROP INDEX IF EXISTS "events_batch_score_36aed445";
COMMIT;
