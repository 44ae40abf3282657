BEGIN;
--
-- Add field flag to team
--
ALTER TABLE "events_team" ADD COLUMN "flag_id" integer DEFAULT 1 NOT NULL CONSTRAINT "events_team_flag_id_15741684_fk_events_region_id" REFERENCES "events_region"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "events_team_flag_id_15741684_fk_events_region_id" IMMEDIATE;
ALTER TABLE "events_team" ALTER COLUMN "flag_id" DROP DEFAULT;
CREATE INDEX "events_team_flag_id_15741684" ON "events_team" ("flag_id");
COMMIT;
