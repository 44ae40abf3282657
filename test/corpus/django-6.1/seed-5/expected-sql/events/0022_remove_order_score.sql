BEGIN;
--
-- Remove field score from order
--
ALTER TABLE "events_order" DROP COLUMN "score";
COMMIT;
