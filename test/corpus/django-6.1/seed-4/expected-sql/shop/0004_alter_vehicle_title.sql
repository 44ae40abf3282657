BEGIN;
--
-- Alter field title on vehicle
--
ALTER TABLE "shop_vehicle" ALTER COLUMN "title_id" DROP NOT NULL;
COMMIT;
