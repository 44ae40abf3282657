BEGIN;
--
-- Add field rank to review
--
ALTER TABLE "blog_review" DROP COLUMN "rank";
--
-- Remove field deadline from review
--
ALTER TABLE "blog_review" ADD COLUMN "deadline" varchar(50) NOT NULL;
COMMIT;
