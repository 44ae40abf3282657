BEGIN;
--
-- Create model Team
--
DROP TABLE "fleet_team" CASCADE;
COMMIT;
