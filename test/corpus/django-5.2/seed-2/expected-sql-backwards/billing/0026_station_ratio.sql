BEGIN;
--
-- Add field ratio to station
--
ALTER TABLE "billing_station_t1" DROP COLUMN "ratio" CASCADE;
COMMIT;
