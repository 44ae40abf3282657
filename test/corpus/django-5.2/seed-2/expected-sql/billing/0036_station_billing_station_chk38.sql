BEGIN;
--
-- Create constraint billing_station_chk38 on model station
--
ALTER TABLE "billing_station_t10" ADD CONSTRAINT "billing_station_chk38" CHECK ("starts");
COMMIT;
