BEGIN;
--
-- Alter field id on comment
--
ALTER TABLE "events_comment" ALTER COLUMN "id" TYPE bigint USING "id"::bigint;
ALTER SEQUENCE IF EXISTS "events_comment_id_seq" AS bigint;
COMMIT;
