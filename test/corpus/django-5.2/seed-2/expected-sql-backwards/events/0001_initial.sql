BEGIN;
--
-- Create model Route
--
DROP TABLE "events_route" CASCADE;
COMMIT;
