--
-- Concurrently remove index flee_sensor_6_idx from sensor
--
DROP INDEX CONCURRENTLY IF EXISTS "flee_sensor_6_idx";
