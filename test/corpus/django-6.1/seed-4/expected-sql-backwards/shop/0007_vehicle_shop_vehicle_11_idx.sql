BEGIN;
--
-- Create index shop_vehicle_11_idx on field(s) title, type, weight of model vehicle
--
DROP INDEX IF EXISTS "shop_vehicle_11_idx";
COMMIT;
