BEGIN;
--
-- Alter field starts on station
--
ALTER TABLE "billing_station" ALTER COLUMN "starts" DROP DEFAULT;
COMMIT;
