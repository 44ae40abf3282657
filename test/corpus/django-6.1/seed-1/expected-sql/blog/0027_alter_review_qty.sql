BEGIN;
--
-- Alter field qty on review
--
ALTER TABLE "blog_review" RENAME COLUMN "qty" TO "col_qty37";
COMMIT;
