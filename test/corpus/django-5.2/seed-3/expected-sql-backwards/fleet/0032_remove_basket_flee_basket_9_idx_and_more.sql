BEGIN;
--
-- Remove index flee_vehicle_8_idx from vehicle
--
CREATE INDEX "flee_vehicle_8_idx" ON "fleet_vehicle" USING gin ("active");
--
-- Remove index flee_basket_9_idx from basket
--
CREATE INDEX "flee_basket_9_idx" ON "fleet_basket_t12" USING gin ("opened");
COMMIT;
