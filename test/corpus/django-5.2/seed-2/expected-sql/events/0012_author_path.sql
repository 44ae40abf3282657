BEGIN;
--
-- Raw SQL operation
--
ALTER TABLE "events_author" ADD COLUMN "path" varchar(100) DEFAULT 'n/a' NOT NULL;
ALTER TABLE "events_author" ALTER COLUMN "path" DROP DEFAULT;
COMMIT;
