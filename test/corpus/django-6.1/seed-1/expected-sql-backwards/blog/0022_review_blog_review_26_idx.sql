BEGIN;
--
-- Create index blog_review_26_idx on Lower(F(rank)), F(extra) on model review
--
DROP INDEX IF EXISTS "blog_review_26_idx";
COMMIT;
