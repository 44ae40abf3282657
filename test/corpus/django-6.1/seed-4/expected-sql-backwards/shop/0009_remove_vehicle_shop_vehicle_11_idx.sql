--
-- Concurrently remove index shop_vehicle_11_idx from vehicle
--
CREATE INDEX CONCURRENTLY "shop_vehicle_11_idx" ON "shop_vehicle" ("title_id", "type", "weight");
