BEGIN;
--
-- Remove constraint events_team_nv26 from model team
--
ALTER TABLE "events_team_t29" DROP CONSTRAINT "events_team_nv26";
COMMIT;
