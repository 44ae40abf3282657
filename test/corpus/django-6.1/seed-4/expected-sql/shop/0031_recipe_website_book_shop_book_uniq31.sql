BEGIN;
--
-- Add field website to recipe
--
ALTER TABLE "shop_recipe" ADD COLUMN "website_id" integer NULL CONSTRAINT "shop_recipe_website_id_56d316bc_fk_django_content_type_id" REFERENCES "django_content_type"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "shop_recipe_website_id_56d316bc_fk_django_content_type_id" IMMEDIATE;
--
-- Create constraint shop_book_uniq31 on model book
--
CREATE UNIQUE INDEX "shop_book_uniq31" ON "shop_book" ((LOWER("size")));
CREATE INDEX "shop_recipe_website_id_56d316bc" ON "shop_recipe" ("website_id");
COMMIT;
