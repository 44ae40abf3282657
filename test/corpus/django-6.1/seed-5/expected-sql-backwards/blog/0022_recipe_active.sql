BEGIN;
--
-- Add field active to recipe
--
SET CONSTRAINTS "blog_recipe_t15_active_id_4d053f47_fk_blog_recipe_t15_id" IMMEDIATE; ALTER TABLE "blog_recipe_t15" DROP CONSTRAINT "blog_recipe_t15_active_id_4d053f47_fk_blog_recipe_t15_id";
ALTER TABLE "blog_recipe_t15" DROP COLUMN "active_id";
COMMIT;
