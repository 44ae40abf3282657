BEGIN;
--
-- Remove field deadline from review
--
ALTER TABLE "blog_review" DROP COLUMN "deadline";
--
-- Add field rank to review
--
ALTER TABLE "blog_review" ADD COLUMN "rank" varchar(50) DEFAULT 'n/a' NOT NULL;
ALTER TABLE "blog_review" ALTER COLUMN "rank" DROP DEFAULT;
COMMIT;
