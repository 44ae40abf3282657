BEGIN;
--
-- Remove field flag from recipe
--
ALTER TABLE "shop_recipe" ADD COLUMN "flag_id" bigint NOT NULL CONSTRAINT "shop_recipe_flag_id_09dd2891_fk_people_review_order_ptr_id" REFERENCES "people_review"("order_ptr_id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "shop_recipe_flag_id_09dd2891_fk_people_review_order_ptr_id" IMMEDIATE;
--
-- Remove constraint shop_recipe_uniq15 from model recipe
--
ALTER TABLE "shop_recipe" ADD CONSTRAINT "shop_recipe_uniq15" UNIQUE ("title", "flag_id") DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "shop_recipe_flag_id_09dd2891" ON "shop_recipe" ("flag_id");
COMMIT;
