BEGIN;
--
-- Add field flag to team
--
SET CONSTRAINTS "events_team_flag_id_15741684_fk_events_region_id" IMMEDIATE; ALTER TABLE "events_team" DROP CONSTRAINT "events_team_flag_id_15741684_fk_events_region_id";
ALTER TABLE "events_team" DROP COLUMN "flag_id" CASCADE;
COMMIT;
