BEGIN;
--
-- Add field size to recipe
--
ALTER TABLE "blog_recipe" ADD COLUMN "size" integer DEFAULT  -3 NOT NULL;
ALTER TABLE "blog_recipe" ALTER COLUMN "size" DROP DEFAULT;
CREATE INDEX "blog_recipe_size_e3913e88" ON "blog_recipe" ("size");
COMMIT;
