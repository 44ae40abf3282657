BEGIN;
--
-- Add field ratio to station
--
ALTER TABLE "billing_station_t1" ADD COLUMN "ratio" integer DEFAULT 1 NOT NULL CHECK ("ratio" >= 0);
ALTER TABLE "billing_station_t1" ALTER COLUMN "ratio" DROP DEFAULT;
COMMIT;
