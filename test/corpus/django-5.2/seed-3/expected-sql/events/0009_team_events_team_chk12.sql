BEGIN;
--
-- Create constraint events_team_chk12 on model team
--
ALTER TABLE "events_team" ADD CONSTRAINT "events_team_chk12" CHECK ("ref" = 'x_');
COMMIT;
