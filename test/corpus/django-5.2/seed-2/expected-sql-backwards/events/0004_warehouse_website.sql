BEGIN;
--
-- Add field website to warehouse
--
ALTER TABLE "events_warehouse" DROP COLUMN "website" CASCADE;
COMMIT;
