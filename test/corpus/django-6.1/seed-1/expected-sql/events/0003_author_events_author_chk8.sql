BEGIN;
--
-- Create constraint events_author_chk8 on model author
--
ALTER TABLE "events_author" ADD CONSTRAINT "events_author_chk8" CHECK ("path" IS NOT NULL);
COMMIT;
