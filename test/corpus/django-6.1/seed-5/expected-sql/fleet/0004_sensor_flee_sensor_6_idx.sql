BEGIN;
--
-- Create index flee_sensor_6_idx on field(s) uid of model sensor
--
CREATE INDEX "flee_sensor_6_idx" ON "fleet_sensor" ("uid") INCLUDE ("status");
COMMIT;
