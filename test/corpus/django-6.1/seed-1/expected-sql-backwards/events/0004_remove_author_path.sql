BEGIN;
--
-- Remove field path from author
--
ALTER TABLE "events_author_t2" ADD COLUMN "path" integer DEFAULT  -7 NOT NULL;
COMMIT;
