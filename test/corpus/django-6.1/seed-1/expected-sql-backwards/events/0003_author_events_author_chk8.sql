BEGIN;
--
-- Create constraint events_author_chk8 on model author
--
ALTER TABLE "events_author" DROP CONSTRAINT "events_author_chk8";
COMMIT;
