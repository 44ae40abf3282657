BEGIN;
--
-- Create model Event
--
DROP TABLE "library_event" CASCADE;
COMMIT;
