BEGIN;
--
-- Remove field flag from recipe
--
ALTER TABLE "blog_recipe" DROP COLUMN "MixedCase_flag" CASCADE;
COMMIT;
