BEGIN;
--
-- Alter field id on author
--
ALTER TABLE "events_author_t2" ALTER COLUMN "id" TYPE integer USING "id"::integer;
ALTER SEQUENCE IF EXISTS "events_author_t2_id_seq" AS integer;
ALTER TABLE "events_author_t2" ALTER COLUMN "weight_id" TYPE integer USING "weight_id"::integer;
COMMIT;
