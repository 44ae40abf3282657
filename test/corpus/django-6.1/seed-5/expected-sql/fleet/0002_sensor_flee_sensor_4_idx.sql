--
-- Concurrently create index flee_sensor_4_idx on field(s) status of model sensor
--
CREATE INDEX CONCURRENTLY "flee_sensor_4_idx" ON "fleet_sensor" ("status") WHERE "uid" >= 0;
