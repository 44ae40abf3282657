BEGIN;
--
-- Set order_with_respect_to on team to None
--
ALTER TABLE "events_team" ADD COLUMN "_order" integer DEFAULT 0 NOT NULL;
ALTER TABLE "events_team" ALTER COLUMN "_order" DROP DEFAULT;
COMMIT;
