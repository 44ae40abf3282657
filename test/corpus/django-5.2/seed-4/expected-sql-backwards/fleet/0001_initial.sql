BEGIN;
--
-- Create model Reading
--
DROP TABLE "fleet_reading" CASCADE;
COMMIT;
