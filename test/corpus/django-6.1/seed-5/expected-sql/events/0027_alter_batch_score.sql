BEGIN;
--
-- Alter field score on batch
--
CREATE INDEX "events_batch_score_36aed445" ON "events_batch" ("score");
COMMIT;
