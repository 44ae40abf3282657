BEGIN;
--
-- Alter field level on badge
--
SET CONSTRAINTS "shop_badge_level_id_9626716a_fk_shop_recipe_id" IMMEDIATE; ALTER TABLE "shop_badge" DROP CONSTRAINT "shop_badge_level_id_9626716a_fk_shop_recipe_id";
ALTER TABLE "shop_badge" ALTER COLUMN "level_id" SET DEFAULT 1;
UPDATE "shop_badge" SET "level_id" = 1 WHERE "level_id" IS NULL; SET CONSTRAINTS ALL IMMEDIATE;
ALTER TABLE "shop_badge" ALTER COLUMN "level_id" SET NOT NULL;
ALTER TABLE "shop_badge" ADD CONSTRAINT "shop_badge_level_id_9626716a_fk_shop_recipe_id" FOREIGN KEY ("level_id") REFERENCES "shop_recipe" ("id") DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "shop_badge" ALTER COLUMN "level_id" DROP DEFAULT;
COMMIT;
