BEGIN;
--
-- Set order_with_respect_to on team to flag
--
ALTER TABLE "events_team" DROP COLUMN "_order" CASCADE;
COMMIT;
