BEGIN;
--
-- Add field active to recipe
--
ALTER TABLE "blog_recipe_t15" ADD COLUMN "active_id" bigint NULL CONSTRAINT "blog_recipe_t15_active_id_4d053f47_fk_blog_recipe_t15_id" REFERENCES "blog_recipe_t15"("id") ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "blog_recipe_t15_active_id_4d053f47_fk_blog_recipe_t15_id" IMMEDIATE;
CREATE INDEX "blog_recipe_t15_active_id_4d053f47" ON "blog_recipe_t15" ("active_id");
COMMIT;
