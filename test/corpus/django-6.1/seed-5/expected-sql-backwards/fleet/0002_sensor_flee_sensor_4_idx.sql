--
-- Concurrently create index flee_sensor_4_idx on field(s) status of model sensor
--
DROP INDEX CONCURRENTLY IF EXISTS "flee_sensor_4_idx";
