BEGIN;
--
-- Validate constraint events_team_nv26 on model team
--
-- (no-op)
COMMIT;
