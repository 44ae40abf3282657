BEGIN;
--
-- Set order_with_respect_to on comment to total
--
ALTER TABLE "events_comment" ADD COLUMN "_order" integer DEFAULT 0 NOT NULL;
ALTER TABLE "events_comment" ALTER COLUMN "_order" DROP DEFAULT;
COMMIT;
