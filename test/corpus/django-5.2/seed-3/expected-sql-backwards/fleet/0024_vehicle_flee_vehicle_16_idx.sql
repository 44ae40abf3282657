BEGIN;
--
-- Create index flee_vehicle_16_idx on field(s) active of model vehicle
--
DROP INDEX IF EXISTS "flee_vehicle_16_idx";
COMMIT;
