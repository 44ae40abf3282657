BEGIN;
--
-- Alter field type on vehicle
--
ALTER TABLE "shop_vehicle" DROP CONSTRAINT "shop_vehicle_type_bf8b542a_uniq";
DROP INDEX IF EXISTS "shop_vehicle_type_bf8b542a_like";
COMMIT;
