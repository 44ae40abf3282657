BEGIN;
--
-- Add field ip to region
--
DROP TABLE "events_region_ip" CASCADE;
COMMIT;
