BEGIN;
--
-- Alter field status on member
--
ALTER TABLE "shop_member" RENAME COLUMN "status" TO "Renamed_status22";
COMMIT;
