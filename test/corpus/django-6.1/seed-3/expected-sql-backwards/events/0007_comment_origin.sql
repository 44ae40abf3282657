BEGIN;
--
-- Add field origin to comment
--
ALTER TABLE "events_comment" DROP COLUMN "origin";
COMMIT;
