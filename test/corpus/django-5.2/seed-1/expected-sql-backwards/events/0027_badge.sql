BEGIN;
--
-- Create model Badge
--
DROP TABLE "events_badge" CASCADE;
COMMIT;
