BEGIN;
--
-- Create constraint fleet_device_chk35 on model device
--
ALTER TABLE "fleet_device" DROP CONSTRAINT "fleet_device_chk35";
COMMIT;
