BEGIN;
--
-- Create constraint shop_book_uniq31 on model book
--
DROP INDEX IF EXISTS "shop_book_uniq31";
--
-- Add field website to recipe
--
SET CONSTRAINTS "shop_recipe_website_id_56d316bc_fk_django_content_type_id" IMMEDIATE; ALTER TABLE "shop_recipe" DROP CONSTRAINT "shop_recipe_website_id_56d316bc_fk_django_content_type_id";
ALTER TABLE "shop_recipe" DROP COLUMN "website_id";
COMMIT;
