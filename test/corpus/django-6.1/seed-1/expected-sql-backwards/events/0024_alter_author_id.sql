BEGIN;
--
-- Alter field id on author
--
ALTER TABLE "events_author_t2" ALTER COLUMN "id" TYPE bigint USING "id"::bigint;
ALTER SEQUENCE IF EXISTS "events_author_t2_id_seq" AS bigint;
ALTER TABLE "events_author_t2" ALTER COLUMN "weight_id" TYPE bigint USING "weight_id"::bigint;
COMMIT;
