BEGIN;
--
-- Create constraint blog_recipe_uniq26 on model recipe
--
ALTER TABLE "blog_recipe_t16" ADD CONSTRAINT "blog_recipe_uniq26" UNIQUE NULLS NOT DISTINCT ("type", "due");
COMMIT;
