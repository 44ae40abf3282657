BEGIN;
--
-- Alter field ip on region
--
ALTER TABLE "events_ip_m2m27" RENAME TO "events_region_ip";
COMMIT;
