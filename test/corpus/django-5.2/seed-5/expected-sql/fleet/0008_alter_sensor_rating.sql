BEGIN;
--
-- Alter field rating on sensor
--
UPDATE "fleet_sensor" SET "rating" =  E'a\\b' WHERE "rating" IS NULL; SET CONSTRAINTS ALL IMMEDIATE;
ALTER TABLE "fleet_sensor" ALTER COLUMN "rating" SET NOT NULL;
COMMIT;
