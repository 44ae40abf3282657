BEGIN;
--
-- Create index blog_review_33_idx on field(s) rank of model review
--
CREATE INDEX "blog_review_33_idx" ON "blog_review" USING gin ("rank" gin_trgm_ops);
COMMIT;
