BEGIN;
--
-- Alter field level on badge
--
SET CONSTRAINTS "shop_badge_level_id_9626716a_fk_shop_recipe_id" IMMEDIATE; ALTER TABLE "shop_badge" DROP CONSTRAINT "shop_badge_level_id_9626716a_fk_shop_recipe_id";
ALTER TABLE "shop_badge" ALTER COLUMN "level_id" DROP NOT NULL;
ALTER TABLE "shop_badge" ADD CONSTRAINT "shop_badge_level_id_9626716a_fk_shop_recipe_id" FOREIGN KEY ("level_id") REFERENCES "shop_recipe" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
