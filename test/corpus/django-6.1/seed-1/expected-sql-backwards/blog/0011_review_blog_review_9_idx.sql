BEGIN;
--
-- Create index blog_review_9_idx on field(s) extra of model review
--
DROP INDEX IF EXISTS "blog_review_9_idx";
COMMIT;
