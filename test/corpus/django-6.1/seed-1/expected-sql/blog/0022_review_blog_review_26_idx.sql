BEGIN;
--
-- Create index blog_review_26_idx on Lower(F(rank)), F(extra) on model review
--
CREATE INDEX "blog_review_26_idx" ON "blog_review" ((LOWER("rank")), "extra") WHERE "extra" IN (1, 2, 3);
COMMIT;
