BEGIN;
--
-- Add field email to station
--
ALTER TABLE "billing_station_t3" DROP COLUMN "email";
COMMIT;
