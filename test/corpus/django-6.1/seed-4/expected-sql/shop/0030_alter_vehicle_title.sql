BEGIN;
--
-- Alter field title on vehicle
--
DROP INDEX IF EXISTS "shop_vehicle_title_id_0d32fea2";
ALTER TABLE "shop_vehicle" ADD CONSTRAINT "shop_vehicle_title_id_0d32fea2_uniq" UNIQUE ("title_id");
COMMIT;
