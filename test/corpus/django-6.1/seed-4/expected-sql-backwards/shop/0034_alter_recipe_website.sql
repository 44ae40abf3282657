BEGIN;
--
-- Alter field website on recipe
--
SET CONSTRAINTS "shop_recipe_website_id_56d316bc_fk_django_content_type_id" IMMEDIATE; ALTER TABLE "shop_recipe" DROP CONSTRAINT "shop_recipe_website_id_56d316bc_fk_django_content_type_id";
ALTER TABLE "shop_recipe" ALTER COLUMN "website_id" DROP NOT NULL;
ALTER TABLE "shop_recipe" ADD CONSTRAINT "shop_recipe_website_id_56d316bc_fk_django_content_type_id" FOREIGN KEY ("website_id") REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
