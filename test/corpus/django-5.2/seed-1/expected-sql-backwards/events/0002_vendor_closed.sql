BEGIN;
--
-- Add field closed to vendor
--
ALTER TABLE "events_vendor" DROP COLUMN "closed" CASCADE;
COMMIT;
