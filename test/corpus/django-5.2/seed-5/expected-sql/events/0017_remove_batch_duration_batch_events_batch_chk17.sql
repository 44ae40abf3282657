BEGIN;
--
-- Remove field duration from batch
--
SET CONSTRAINTS "events_batch_duration_id_e9b8fa53_fk_events_ve" IMMEDIATE; ALTER TABLE "events_batch" DROP CONSTRAINT "events_batch_duration_id_e9b8fa53_fk_events_ve";
ALTER TABLE "events_batch" DROP COLUMN "duration_id" CASCADE;
--
-- Create constraint events_batch_chk17 on model batch
--
ALTER TABLE "events_batch" ADD CONSTRAINT "events_batch_chk17" CHECK (("Col_limit" = 'x_' AND "count" > 3));
COMMIT;
