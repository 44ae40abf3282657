BEGIN;
--
-- Add field uid to station
--
ALTER TABLE "billing_station_t1" ADD COLUMN "uid" uuid DEFAULT '12345678123456781234567812345678'::uuid NOT NULL;
ALTER TABLE "billing_station_t1" ALTER COLUMN "uid" DROP DEFAULT;
COMMIT;
