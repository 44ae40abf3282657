--
-- Concurrently remove index bill_station_2_idx from station
--
DROP INDEX CONCURRENTLY IF EXISTS "bill_station_2_idx";
