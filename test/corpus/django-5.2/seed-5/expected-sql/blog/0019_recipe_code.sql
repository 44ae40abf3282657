BEGIN;
--
-- Add field code to recipe
--
ALTER TABLE "blog_recipe_t16" ADD COLUMN "code" integer DEFAULT 1 NOT NULL;
COMMIT;
