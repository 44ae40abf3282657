BEGIN;
--
-- Create model Address
--
DROP TABLE "fleet_address" CASCADE;
COMMIT;
