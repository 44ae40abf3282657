BEGIN;
--
-- Create model Review
--
DROP TABLE "blog_review" CASCADE;
COMMIT;
