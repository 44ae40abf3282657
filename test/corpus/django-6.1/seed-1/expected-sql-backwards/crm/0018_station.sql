BEGIN;
--
-- Create model Station
--
DROP TABLE "crm_station" CASCADE;
COMMIT;
