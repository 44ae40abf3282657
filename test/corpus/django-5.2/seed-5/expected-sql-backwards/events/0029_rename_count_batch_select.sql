BEGIN;
--
-- Rename field count on batch to select
--
ALTER TABLE "events_batch" RENAME COLUMN "select" TO "count";
COMMIT;
