BEGIN;
--
-- Remove constraint shop_recipe_uniq15 from model recipe
--
ALTER TABLE "shop_recipe" DROP CONSTRAINT "shop_recipe_uniq15";
--
-- Remove field flag from recipe
--
SET CONSTRAINTS "shop_recipe_flag_id_09dd2891_fk_people_review_order_ptr_id" IMMEDIATE; ALTER TABLE "shop_recipe" DROP CONSTRAINT "shop_recipe_flag_id_09dd2891_fk_people_review_order_ptr_id";
ALTER TABLE "shop_recipe" DROP COLUMN "flag_id" CASCADE;
COMMIT;
