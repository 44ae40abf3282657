BEGIN;
--
-- Create index flee_vehicle_8_idx on field(s) active of model vehicle
--
CREATE INDEX "flee_vehicle_8_idx" ON "fleet_vehicle" USING gin ("active");
COMMIT;
