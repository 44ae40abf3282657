BEGIN;
--
-- Remove constraint fleet_sensor_chk27 from model sensor
--
ALTER TABLE "fleet_sensor" DROP CONSTRAINT "fleet_sensor_chk27";
COMMIT;
