BEGIN;
--
-- Alter field slug on author
--
ALTER TABLE "events_author" ALTER COLUMN "slug" SET DEFAULT '{}'::jsonb;
UPDATE "events_author" SET "slug" = '{}'::jsonb WHERE "slug" IS NULL; SET CONSTRAINTS ALL IMMEDIATE;
ALTER TABLE "events_author" ALTER COLUMN "slug" SET NOT NULL;
ALTER TABLE "events_author" ALTER COLUMN "slug" DROP DEFAULT;
COMMIT;
