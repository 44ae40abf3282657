BEGIN;
--
-- Rename model Badge to Vendor
--
ALTER TABLE "fleet_badge" RENAME TO "fleet_vendor";
COMMIT;
