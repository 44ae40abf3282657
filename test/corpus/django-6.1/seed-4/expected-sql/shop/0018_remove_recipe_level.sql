BEGIN;
--
-- Remove field level from recipe
--
ALTER TABLE "shop_recipe" DROP COLUMN "level";
COMMIT;
