BEGIN;
--
-- Create model Station
--
DROP TABLE "billing_station_t1" CASCADE;
COMMIT;
