BEGIN;
--
-- Alter field weight on author
--
ALTER TABLE "events_author_t2" ALTER COLUMN "weight_id" TYPE bigint;
COMMENT ON COLUMN "events_author_t2"."weight_id" IS 'Budget total 4';
COMMIT;
