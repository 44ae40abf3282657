BEGIN;
--
-- Create model Address
--
DROP TABLE "events_address" CASCADE;
COMMIT;
