BEGIN;
--
-- Create constraint events_batch_chk17 on model batch
--
ALTER TABLE "events_batch" DROP CONSTRAINT "events_batch_chk17";
--
-- Remove field duration from batch
--
ALTER TABLE "events_batch" ADD COLUMN "duration_id" integer NULL CONSTRAINT "events_batch_duration_id_e9b8fa53_fk_events_ve" REFERENCES "events_verylongmodelnameexercisingidentifiertruncation_t14"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "events_batch_duration_id_e9b8fa53_fk_events_ve" IMMEDIATE;
CREATE INDEX "events_batch_duration_id_e9b8fa53" ON "events_batch" ("duration_id");
COMMIT;
