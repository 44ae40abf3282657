--
-- Concurrently remove index shop_vehicle_11_idx from vehicle
--
DROP INDEX CONCURRENTLY IF EXISTS "shop_vehicle_11_idx";
