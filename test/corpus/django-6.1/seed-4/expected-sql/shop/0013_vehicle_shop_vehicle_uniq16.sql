BEGIN;
--
-- Create constraint shop_vehicle_uniq16 on model vehicle
--
ALTER TABLE "shop_vehicle" ADD CONSTRAINT "shop_vehicle_uniq16" UNIQUE ("type", "weight") DEFERRABLE INITIALLY IMMEDIATE;
COMMIT;
