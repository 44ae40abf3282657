BEGIN;
--
-- Validate constraint events_team_nv26 on model team
--
ALTER TABLE "events_team_t18" VALIDATE CONSTRAINT "events_team_nv26";
COMMIT;
