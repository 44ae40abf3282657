BEGIN;
--
-- Create model Vendor
--
DROP TABLE "events_vendor" CASCADE;
COMMIT;
