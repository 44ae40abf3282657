BEGIN;
--
-- Alter field type on vehicle
--
UPDATE "shop_vehicle" SET "type" = '2024-02-29 23:59:59+00:00'::timestamptz WHERE "type" IS NULL; SET CONSTRAINTS ALL IMMEDIATE;
ALTER TABLE "shop_vehicle" ALTER COLUMN "type" SET NOT NULL;
COMMIT;
