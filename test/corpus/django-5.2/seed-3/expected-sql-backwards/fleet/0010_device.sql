BEGIN;
--
-- Create model Device
--
DROP TABLE "fleet_device" CASCADE;
COMMIT;
