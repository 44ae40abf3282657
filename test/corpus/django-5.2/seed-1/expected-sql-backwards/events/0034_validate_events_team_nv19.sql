BEGIN;
--
-- Validate constraint events_team_nv19 on model team
--
-- (no-op)
COMMIT;
