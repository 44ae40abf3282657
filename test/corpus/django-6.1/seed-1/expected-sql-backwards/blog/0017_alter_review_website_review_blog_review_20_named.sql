BEGIN;
--
-- Alter field website on review
--
CREATE INDEX "blog_review_Ref_website_4f1b22c2" ON "blog_review" ("Ref_website");
--
-- Rename unnamed index for ('website',) on review to blog_review_20_named
--
-- (no-op)
COMMIT;
