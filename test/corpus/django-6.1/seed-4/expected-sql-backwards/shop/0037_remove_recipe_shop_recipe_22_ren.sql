BEGIN;
--
-- Remove index shop_recipe_22_ren from recipe
--
CREATE INDEX "shop_recipe_22_ren" ON "shop_recipe" ("select" DESC, "rank");
COMMIT;
