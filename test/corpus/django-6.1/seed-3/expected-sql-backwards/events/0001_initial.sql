BEGIN;
--
-- Create model Shelf
--
DROP TABLE "events_shelf" CASCADE;
COMMIT;
