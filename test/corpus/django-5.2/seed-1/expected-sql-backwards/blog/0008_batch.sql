BEGIN;
--
-- Create model Batch
--
DROP TABLE "blog_batch" CASCADE;
COMMIT;
