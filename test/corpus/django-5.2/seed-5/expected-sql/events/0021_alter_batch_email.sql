BEGIN;
--
-- Alter field email on batch
--
ALTER TABLE "events_batch" ALTER COLUMN "email" SET DEFAULT 3;
COMMIT;
