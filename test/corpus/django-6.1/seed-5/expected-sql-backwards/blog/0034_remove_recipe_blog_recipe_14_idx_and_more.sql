BEGIN;
--
-- Create constraint blog_recipe_uniq31 on model recipe
--
ALTER TABLE "blog_recipe_t15" DROP CONSTRAINT "blog_recipe_uniq31";
--
-- Remove index blog_recipe_14_idx from recipe
--
CREATE INDEX "blog_recipe_14_idx" ON "blog_recipe_t15" USING btree ("slug") WITH (fillfactor = 80, deduplicate_items = off);
COMMIT;
