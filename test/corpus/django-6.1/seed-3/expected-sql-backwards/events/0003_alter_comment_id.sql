BEGIN;
--
-- Alter field id on comment
--
ALTER TABLE "events_comment" ALTER COLUMN "id" TYPE smallint USING "id"::smallint;
ALTER SEQUENCE IF EXISTS "events_comment_id_seq" AS smallint;
COMMIT;
