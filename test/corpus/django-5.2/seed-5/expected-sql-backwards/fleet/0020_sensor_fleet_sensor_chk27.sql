BEGIN;
--
-- Create constraint fleet_sensor_chk27 on model sensor
--
ALTER TABLE "fleet_sensor" DROP CONSTRAINT "fleet_sensor_chk27";
COMMIT;
