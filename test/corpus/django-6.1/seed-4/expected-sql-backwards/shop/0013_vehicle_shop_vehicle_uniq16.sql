BEGIN;
--
-- Create constraint shop_vehicle_uniq16 on model vehicle
--
ALTER TABLE "shop_vehicle" DROP CONSTRAINT "shop_vehicle_uniq16";
COMMIT;
