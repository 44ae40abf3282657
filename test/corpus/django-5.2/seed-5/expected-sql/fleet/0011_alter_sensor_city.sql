BEGIN;
--
-- Alter field city on sensor
--
ALTER TABLE "fleet_sensor" ALTER COLUMN "city" TYPE varchar(255);
COMMIT;
