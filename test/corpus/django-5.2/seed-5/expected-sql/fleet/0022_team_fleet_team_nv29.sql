BEGIN;
--
-- Create not valid constraint fleet_team_nv29 on model team
--
ALTER TABLE "fleet_team" ADD CONSTRAINT "fleet_team_nv29" CHECK ("slug" BETWEEN  -10 AND 1000) NOT VALID;
COMMIT;
