BEGIN;
--
-- Add field body to region
--
ALTER TABLE "blog_region" ADD COLUMN "body_id" bigint DEFAULT 1 NOT NULL UNIQUE CONSTRAINT "blog_region_body_id_d2532dbc_fk_blog_region_id" REFERENCES "blog_region"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "blog_region_body_id_d2532dbc_fk_blog_region_id" IMMEDIATE;
ALTER TABLE "blog_region" ALTER COLUMN "body_id" DROP DEFAULT;
--
-- Create index blog_recipe_32_idx on field(s) -closed of model recipe
--
CREATE INDEX "blog_recipe_32_idx" ON "blog_recipe_t15" ("closed" DESC);
COMMIT;
