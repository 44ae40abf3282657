BEGIN;
--
-- Custom state/database change combination
--
ALTER TABLE "events_comment" DROP COLUMN "level";
COMMIT;
