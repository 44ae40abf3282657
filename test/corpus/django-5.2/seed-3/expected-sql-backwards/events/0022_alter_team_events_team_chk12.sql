BEGIN;
--
-- Alter constraint events_team_chk12 on team
--
-- (no-op)
COMMIT;
