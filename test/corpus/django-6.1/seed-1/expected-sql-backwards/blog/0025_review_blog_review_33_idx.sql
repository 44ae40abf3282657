BEGIN;
--
-- Create index blog_review_33_idx on field(s) rank of model review
--
DROP INDEX IF EXISTS "blog_review_33_idx";
COMMIT;
