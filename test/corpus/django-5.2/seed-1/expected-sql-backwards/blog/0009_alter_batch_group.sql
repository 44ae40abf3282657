BEGIN;
--
-- Alter field group on batch
--
ALTER TABLE "blog_batch" ALTER COLUMN "group" DROP DEFAULT;
COMMIT;
