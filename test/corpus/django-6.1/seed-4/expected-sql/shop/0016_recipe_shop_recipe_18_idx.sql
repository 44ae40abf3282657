BEGIN;
--
-- Create index shop_recipe_18_idx on field(s) -select, rank of model recipe
--
CREATE INDEX "shop_recipe_18_idx" ON "shop_recipe" ("select" DESC, "rank");
COMMIT;
