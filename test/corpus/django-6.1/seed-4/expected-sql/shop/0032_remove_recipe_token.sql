BEGIN;
--
-- Remove field token from recipe
--
ALTER TABLE "shop_recipe" DROP COLUMN "token";
COMMIT;
