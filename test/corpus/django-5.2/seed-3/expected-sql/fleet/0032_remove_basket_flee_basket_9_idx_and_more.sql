BEGIN;
--
-- Remove index flee_basket_9_idx from basket
--
DROP INDEX IF EXISTS "flee_basket_9_idx";
--
-- Remove index flee_vehicle_8_idx from vehicle
--
DROP INDEX IF EXISTS "flee_vehicle_8_idx";
COMMIT;
