BEGIN;
--
-- Set order_with_respect_to on team to None
--
ALTER TABLE "events_team" DROP COLUMN "_order" CASCADE;
COMMIT;
