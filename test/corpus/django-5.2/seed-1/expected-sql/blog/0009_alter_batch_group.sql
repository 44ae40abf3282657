BEGIN;
--
-- Alter field group on batch
--
ALTER TABLE "blog_batch" ALTER COLUMN "group" SET DEFAULT 1.55;
COMMIT;
