BEGIN;
--
-- Validate constraint fleet_team_nv29 on model team
--
-- (no-op)
COMMIT;
