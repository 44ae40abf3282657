BEGIN;
--
-- Add field rating to shelf
--
DROP TABLE "events_shelf_rating" CASCADE;
COMMIT;
