BEGIN;
--
-- Create not valid constraint events_team_nv22 on model team
--
ALTER TABLE "events_team_t18" ADD CONSTRAINT "events_team_nv22" CHECK ("score"::text LIKE '%it''s%') NOT VALID;
COMMIT;
