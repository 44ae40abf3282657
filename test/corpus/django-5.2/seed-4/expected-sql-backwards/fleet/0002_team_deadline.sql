BEGIN;
--
-- Add field deadline to team
--
ALTER TABLE "fleet_team" DROP COLUMN "deadline" CASCADE;
COMMIT;
