BEGIN;
--
-- Alter field flag on team
--
SET CONSTRAINTS "events_team_flag_id_15741684_fk_events_region_id" IMMEDIATE; ALTER TABLE "events_team" DROP CONSTRAINT "events_team_flag_id_15741684_fk_events_region_id";
ALTER TABLE "events_team" RENAME COLUMN "flag_id" TO "Renamed_flag11";
ALTER TABLE "events_team" ADD CONSTRAINT "events_team_Renamed_flag11_fe2ac987_fk_events_region_id" FOREIGN KEY ("Renamed_flag11") REFERENCES "events_region" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
