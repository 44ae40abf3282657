BEGIN;
--
-- Create model Station
--
DROP TABLE "billing_station" CASCADE;
COMMIT;
