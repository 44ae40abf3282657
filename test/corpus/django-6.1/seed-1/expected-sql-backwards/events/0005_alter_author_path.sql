BEGIN;
--
-- Alter field path on author
--
ALTER TABLE "events_author" ALTER COLUMN "path" TYPE int4range;
COMMENT ON COLUMN "events_author"."path" IS '';
COMMIT;
