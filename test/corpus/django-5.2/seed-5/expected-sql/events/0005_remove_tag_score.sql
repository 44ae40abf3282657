BEGIN;
--
-- Remove field score from tag
--
ALTER TABLE "events_tag" DROP COLUMN "score" CASCADE;
COMMIT;
