BEGIN;
--
-- Create index shop_recipe_29_idx on field(s) rank of model recipe
--
CREATE INDEX "shop_recipe_29_idx" ON "shop_recipe" ("rank");
COMMIT;
