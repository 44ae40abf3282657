BEGIN;
--
-- Create constraint fleet_sensor_chk30 on model sensor
--
ALTER TABLE "fleet_sensor" ADD CONSTRAINT "fleet_sensor_chk30" CHECK (("Renamed_level10" IN ('a', 'b', 'it''s') AND "payload" = 1));
COMMIT;
