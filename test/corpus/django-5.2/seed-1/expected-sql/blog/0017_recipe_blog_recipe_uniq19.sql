BEGIN;
--
-- Create constraint blog_recipe_uniq19 on model recipe
--
CREATE UNIQUE INDEX "blog_recipe_uniq19" ON "blog_recipe" ("legacy_weight", "verylongmodelnameexercisingidentifiertruncation_x_id") WHERE "legacy_weight" >= 0;
COMMIT;
