BEGIN;
--
-- Create constraint billing_station_chk38 on model station
--
ALTER TABLE "billing_station_t10" DROP CONSTRAINT "billing_station_chk38";
COMMIT;
