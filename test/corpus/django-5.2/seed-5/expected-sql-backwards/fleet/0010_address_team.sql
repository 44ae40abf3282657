BEGIN;
--
-- Create model Team
--
DROP TABLE "fleet_team" CASCADE;
--
-- Create model Address
--
DROP TABLE "fleet_address" CASCADE;
COMMIT;
