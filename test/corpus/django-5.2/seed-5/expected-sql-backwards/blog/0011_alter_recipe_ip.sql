BEGIN;
--
-- Alter field ip on recipe
--
ALTER TABLE "blog_recipe_t16" ALTER COLUMN "ip" SET NOT NULL;
COMMIT;
