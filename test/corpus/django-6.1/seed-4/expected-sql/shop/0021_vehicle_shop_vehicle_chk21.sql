BEGIN;
--
-- Create constraint shop_vehicle_chk21 on model vehicle
--
ALTER TABLE "shop_vehicle" ADD CONSTRAINT "shop_vehicle_chk21" CHECK ("type" < '2023-05-17 08:30:00+00:00'::timestamptz);
COMMIT;
