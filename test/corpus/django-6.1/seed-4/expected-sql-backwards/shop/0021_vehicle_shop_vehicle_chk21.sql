BEGIN;
--
-- Create constraint shop_vehicle_chk21 on model vehicle
--
ALTER TABLE "shop_vehicle" DROP CONSTRAINT "shop_vehicle_chk21";
COMMIT;
