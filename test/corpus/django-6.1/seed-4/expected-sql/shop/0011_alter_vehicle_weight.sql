BEGIN;
--
-- Alter field weight on vehicle
--
ALTER TABLE "shop_vehicle" ALTER COLUMN "weight" SET DEFAULT 100;
UPDATE "shop_vehicle" SET "weight" = 100 WHERE "weight" IS NULL; SET CONSTRAINTS ALL IMMEDIATE;
ALTER TABLE "shop_vehicle" ALTER COLUMN "weight" SET NOT NULL;
ALTER TABLE "shop_vehicle" ALTER COLUMN "weight" DROP DEFAULT;
COMMIT;
