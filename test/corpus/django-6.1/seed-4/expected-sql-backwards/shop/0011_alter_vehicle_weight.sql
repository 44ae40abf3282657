BEGIN;
--
-- Alter field weight on vehicle
--
ALTER TABLE "shop_vehicle" ALTER COLUMN "weight" DROP NOT NULL;
COMMIT;
