BEGIN;
--
-- Alter field slug on author
--
ALTER TABLE "events_author" ALTER COLUMN "slug" DROP NOT NULL;
COMMIT;
