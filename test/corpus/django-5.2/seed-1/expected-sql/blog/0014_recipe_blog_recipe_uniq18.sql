BEGIN;
--
-- Create constraint blog_recipe_uniq18 on model recipe
--
ALTER TABLE "blog_recipe" ADD CONSTRAINT "blog_recipe_uniq18" UNIQUE ("verylongmodelnameexercisingidentifiertruncation_x_id");
COMMIT;
