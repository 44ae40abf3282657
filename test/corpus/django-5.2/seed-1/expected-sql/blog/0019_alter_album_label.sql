BEGIN;
--
-- Alter field label on album
--
ALTER TABLE "blog_album" ALTER COLUMN "label" DROP NOT NULL;
COMMIT;
