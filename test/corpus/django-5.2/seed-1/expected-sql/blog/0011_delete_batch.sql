BEGIN;
--
-- Delete model Batch
--
DROP TABLE "blog_batch" CASCADE;
COMMIT;
