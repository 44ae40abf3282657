BEGIN;
--
-- Set order_with_respect_to on author to weight
--
ALTER TABLE "events_author_t2" DROP COLUMN "_order";
COMMIT;
