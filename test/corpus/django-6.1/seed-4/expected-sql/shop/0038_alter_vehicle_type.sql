BEGIN;
--
-- Alter field type on vehicle
--
ALTER TABLE "shop_vehicle" ADD CONSTRAINT "shop_vehicle_type_bf8b542a_uniq" UNIQUE ("type");
COMMIT;
