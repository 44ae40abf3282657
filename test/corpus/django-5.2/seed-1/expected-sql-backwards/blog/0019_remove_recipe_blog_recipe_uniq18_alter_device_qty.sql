BEGIN;
--
-- Alter field qty on device
--
-- (no-op)
--
-- Remove constraint blog_recipe_uniq18 from model recipe
--
ALTER TABLE "blog_recipe" ADD CONSTRAINT "blog_recipe_uniq18" UNIQUE ("verylongmodelnameexercisingidentifiertruncation_x_id");
COMMIT;
