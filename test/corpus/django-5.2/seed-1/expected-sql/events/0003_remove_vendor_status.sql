BEGIN;
--
-- Remove field status from vendor
--
ALTER TABLE "events_vendor" DROP COLUMN "status" CASCADE;
COMMIT;
