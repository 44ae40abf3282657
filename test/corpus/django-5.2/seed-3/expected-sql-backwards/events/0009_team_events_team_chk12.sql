BEGIN;
--
-- Create constraint events_team_chk12 on model team
--
ALTER TABLE "events_team" DROP CONSTRAINT "events_team_chk12";
COMMIT;
