BEGIN;
--
-- Create not valid constraint fleet_team_nv29 on model team
--
ALTER TABLE "fleet_team" DROP CONSTRAINT "fleet_team_nv29";
COMMIT;
