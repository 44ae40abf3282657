BEGIN;
--
-- Create constraint events_author_chk21 on model author
--
ALTER TABLE "events_author" DROP CONSTRAINT "events_author_chk21";
--
-- Create model Team
--
DROP TABLE "events_team" CASCADE;
COMMIT;
