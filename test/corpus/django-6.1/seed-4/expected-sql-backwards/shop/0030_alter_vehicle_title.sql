BEGIN;
--
-- Alter field title on vehicle
--
ALTER TABLE "shop_vehicle" DROP CONSTRAINT "shop_vehicle_title_id_0d32fea2_uniq";
CREATE INDEX "shop_vehicle_title_id_0d32fea2" ON "shop_vehicle" ("title_id");
COMMIT;
