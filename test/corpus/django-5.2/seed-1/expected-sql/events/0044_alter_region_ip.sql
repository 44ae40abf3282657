BEGIN;
--
-- Alter field ip on region
--
ALTER TABLE "events_region_ip" RENAME TO "events_ip_m2m27";
COMMIT;
