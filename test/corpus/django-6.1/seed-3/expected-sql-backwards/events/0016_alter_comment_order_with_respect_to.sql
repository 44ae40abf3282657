BEGIN;
--
-- Set order_with_respect_to on comment to total
--
ALTER TABLE "events_comment" DROP COLUMN "_order";
COMMIT;
