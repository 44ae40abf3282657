BEGIN;
--
-- Create not valid constraint events_region_nv7 on model region
--
ALTER TABLE "events_region" DROP CONSTRAINT "events_region_nv7";
COMMIT;
