BEGIN;
--
-- Validate constraint fleet_team_nv29 on model team
--
ALTER TABLE "fleet_team" VALIDATE CONSTRAINT "fleet_team_nv29";
COMMIT;
