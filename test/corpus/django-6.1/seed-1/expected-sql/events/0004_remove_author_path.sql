BEGIN;
--
-- Remove field path from author
--
ALTER TABLE "events_author_t2" DROP COLUMN "path";
COMMIT;
