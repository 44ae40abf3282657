BEGIN;
--
-- Create index flee_vehicle_8_idx on field(s) active of model vehicle
--
DROP INDEX IF EXISTS "flee_vehicle_8_idx";
COMMIT;
