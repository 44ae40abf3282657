BEGIN;
--
-- Create not valid constraint events_team_nv19 on model team
--
ALTER TABLE "events_team" DROP CONSTRAINT "events_team_nv19";
COMMIT;
