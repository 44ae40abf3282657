BEGIN;
--
-- Set order_with_respect_to on author to None
--
ALTER TABLE "events_author_t2" ADD COLUMN "_order" integer DEFAULT 0 NOT NULL;
ALTER TABLE "events_author_t2" ALTER COLUMN "_order" DROP DEFAULT;
COMMIT;
