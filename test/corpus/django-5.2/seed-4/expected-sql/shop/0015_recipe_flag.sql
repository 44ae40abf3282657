BEGIN;
--
-- Add field flag to recipe
--
ALTER TABLE "shop_recipe" ADD COLUMN "flag_id" bigint DEFAULT 1 NOT NULL CONSTRAINT "shop_recipe_flag_id_09dd2891_fk_people_review_order_ptr_id" REFERENCES "people_review"("order_ptr_id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "shop_recipe_flag_id_09dd2891_fk_people_review_order_ptr_id" IMMEDIATE;
ALTER TABLE "shop_recipe" ALTER COLUMN "flag_id" DROP DEFAULT;
CREATE INDEX "shop_recipe_flag_id_09dd2891" ON "shop_recipe" ("flag_id");
COMMIT;
