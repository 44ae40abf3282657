BEGIN;
--
-- Create index bill_vehicle_18_idx on F(budget) + Value(1) on model vehicle
--
DROP INDEX IF EXISTS "bill_vehicle_18_idx";
COMMIT;
