BEGIN;
--
-- Alter field rating on sensor
--
ALTER TABLE "fleet_sensor" ALTER COLUMN "rating" DROP NOT NULL;
COMMIT;
