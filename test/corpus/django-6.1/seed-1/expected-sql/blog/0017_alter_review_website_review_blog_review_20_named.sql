BEGIN;
--
-- Rename unnamed index for ('website',) on review to blog_review_20_named
--
ALTER INDEX "blog_review_Ref_website_4f1b22c2" RENAME TO "blog_review_20_named";
--
-- Alter field website on review
--
DROP INDEX IF EXISTS "blog_review_Ref_website_4f1b22c2";
COMMIT;
