BEGIN;
--
-- Add field count to batch
--
ALTER TABLE "events_batch" ADD COLUMN "count" numeric(7, 0) DEFAULT 1.5 NOT NULL;
ALTER TABLE "events_batch" ALTER COLUMN "count" DROP DEFAULT;
COMMENT ON COLUMN "events_batch"."count" IS 'Заметка';
COMMIT;
