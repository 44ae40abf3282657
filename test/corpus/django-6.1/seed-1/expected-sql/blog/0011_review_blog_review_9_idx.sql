BEGIN;
--
-- Create index blog_review_9_idx on field(s) extra of model review
--
CREATE INDEX "blog_review_9_idx" ON "blog_review" USING gin ("extra");
COMMIT;
