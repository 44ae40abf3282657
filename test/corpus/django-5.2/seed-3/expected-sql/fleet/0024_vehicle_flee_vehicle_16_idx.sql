BEGIN;
--
-- Create index flee_vehicle_16_idx on field(s) active of model vehicle
--
CREATE INDEX "flee_vehicle_16_idx" ON "fleet_vehicle" ("active");
COMMIT;
