BEGIN;
--
-- Validate constraint events_team_nv22 on model team
--
-- (no-op)
COMMIT;
