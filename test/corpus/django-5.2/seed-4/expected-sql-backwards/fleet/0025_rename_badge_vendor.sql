BEGIN;
--
-- Rename model Badge to Vendor
--
ALTER TABLE "fleet_vendor" RENAME TO "fleet_badge";
COMMIT;
