BEGIN;
--
-- Alter field starts on station
--
ALTER TABLE "billing_station" ALTER COLUMN "starts" SET DEFAULT true;
COMMIT;
