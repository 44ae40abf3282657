BEGIN;
--
-- Alter field status on member
--
ALTER TABLE "shop_member" RENAME COLUMN "Renamed_status22" TO "status";
COMMIT;
