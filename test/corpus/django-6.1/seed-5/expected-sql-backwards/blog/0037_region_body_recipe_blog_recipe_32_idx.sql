BEGIN;
--
-- Create index blog_recipe_32_idx on field(s) -closed of model recipe
--
DROP INDEX IF EXISTS "blog_recipe_32_idx";
--
-- Add field body to region
--
SET CONSTRAINTS "blog_region_body_id_d2532dbc_fk_blog_region_id" IMMEDIATE; ALTER TABLE "blog_region" DROP CONSTRAINT "blog_region_body_id_d2532dbc_fk_blog_region_id";
ALTER TABLE "blog_region" DROP COLUMN "body_id";
COMMIT;
