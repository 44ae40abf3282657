BEGIN;
--
-- Add field score to batch
--
ALTER TABLE "events_batch" ADD COLUMN "score" integer NULL CHECK ("score" >= 0);
COMMIT;
