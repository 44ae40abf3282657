BEGIN;
--
-- Remove constraint fleet_sensor_chk27 from model sensor
--
ALTER TABLE "fleet_sensor" ADD CONSTRAINT "fleet_sensor_chk27" CHECK (("city"::text LIKE  E'x\\_%' AND UPPER("Renamed_level10"::text) LIKE UPPER( E'x\\_%')));
COMMIT;
