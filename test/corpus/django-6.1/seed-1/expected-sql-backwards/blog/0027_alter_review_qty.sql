BEGIN;
--
-- Alter field qty on review
--
ALTER TABLE "blog_review" RENAME COLUMN "col_qty37" TO "qty";
COMMIT;
