BEGIN;
--
-- Alter field qty on review
--
ALTER TABLE "blog_review" ALTER COLUMN "qty" TYPE timestamp with time zone;
COMMENT ON COLUMN "blog_review"."qty" IS 'Changed comment 32';
COMMIT;
