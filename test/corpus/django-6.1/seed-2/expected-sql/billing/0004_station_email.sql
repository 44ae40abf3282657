BEGIN;
--
-- Add field email to station
--
ALTER TABLE "billing_station_t3" ADD COLUMN "email" integer DEFAULT  -3 NOT NULL;
ALTER TABLE "billing_station_t3" ALTER COLUMN "email" DROP DEFAULT;
COMMIT;
