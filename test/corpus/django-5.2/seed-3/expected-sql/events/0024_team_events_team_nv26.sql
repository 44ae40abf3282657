BEGIN;
--
-- Create not valid constraint events_team_nv26 on model team
--
ALTER TABLE "events_team_t18" ADD CONSTRAINT "events_team_nv26" CHECK ("ratio" IN ('a', 'b', 'it''s')) NOT VALID;
COMMIT;
