BEGIN;
--
-- Create index crm_vehicle_24_idx on field(s) token of model vehicle
--
DROP INDEX IF EXISTS "crm_vehicle_24_idx";
COMMIT;
