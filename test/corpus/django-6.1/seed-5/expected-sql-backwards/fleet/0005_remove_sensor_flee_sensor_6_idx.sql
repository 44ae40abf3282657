--
-- Concurrently remove index flee_sensor_6_idx from sensor
--
CREATE INDEX CONCURRENTLY "flee_sensor_6_idx" ON "fleet_sensor" ("uid") INCLUDE ("status");
