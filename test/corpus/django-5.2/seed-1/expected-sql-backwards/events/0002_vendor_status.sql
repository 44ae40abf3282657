BEGIN;
--
-- Add field status to vendor
--
ALTER TABLE "events_vendor" DROP COLUMN "status" CASCADE;
COMMIT;
