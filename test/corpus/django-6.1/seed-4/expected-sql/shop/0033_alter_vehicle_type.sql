BEGIN;
--
-- Alter field type on vehicle
--
ALTER TABLE "shop_vehicle" ALTER COLUMN "type" DROP NOT NULL;
COMMIT;
