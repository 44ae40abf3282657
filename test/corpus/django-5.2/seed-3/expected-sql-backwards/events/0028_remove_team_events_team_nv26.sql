BEGIN;
--
-- Remove constraint events_team_nv26 from model team
--
ALTER TABLE "events_team_t29" ADD CONSTRAINT "events_team_nv26" CHECK ("ratio" IN ('a', 'b', 'it''s'));
COMMIT;
