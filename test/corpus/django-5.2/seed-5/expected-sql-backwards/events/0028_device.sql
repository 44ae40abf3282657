BEGIN;
--
-- Create model Device
--
DROP TABLE "events_device" CASCADE;
COMMIT;
