BEGIN;
--
-- Raw SQL operation
--
ALTER TABLE "events_batch" ALTER COLUMN "body_id" TYPE integer;
COMMENT ON COLUMN "events_batch"."body_id" IS 'Budget total 14';
COMMIT;
