BEGIN;
--
-- Remove field flag from recipe
--
ALTER TABLE "blog_recipe" ADD COLUMN "MixedCase_flag" varchar(100) NOT NULL;
COMMIT;
