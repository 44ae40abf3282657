BEGIN;
--
-- Remove field level from recipe
--
ALTER TABLE "shop_recipe" ADD COLUMN "level" varchar(250) NOT NULL;
CREATE INDEX "shop_recipe_level_7de70fd7" ON "shop_recipe" ("level");
CREATE INDEX "shop_recipe_level_7de70fd7_like" ON "shop_recipe" ("level" varchar_pattern_ops);
COMMIT;
