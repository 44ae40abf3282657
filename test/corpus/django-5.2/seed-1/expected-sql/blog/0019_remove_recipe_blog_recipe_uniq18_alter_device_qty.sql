BEGIN;
--
-- Remove constraint blog_recipe_uniq18 from model recipe
--
ALTER TABLE "blog_recipe" DROP CONSTRAINT "blog_recipe_uniq18";
--
-- Alter field qty on device
--
-- (no-op)
COMMIT;
