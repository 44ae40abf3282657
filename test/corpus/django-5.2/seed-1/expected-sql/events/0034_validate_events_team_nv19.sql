BEGIN;
--
-- Validate constraint events_team_nv19 on model team
--
ALTER TABLE "events_team" VALIDATE CONSTRAINT "events_team_nv19";
COMMIT;
