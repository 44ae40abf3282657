BEGIN;
--
-- Remove field budget from recipe
--
ALTER TABLE "shop_recipe" DROP COLUMN "budget";
--
-- Add field rank to recipe
--
ALTER TABLE "shop_recipe" ADD COLUMN "rank" smallint DEFAULT  -3 NOT NULL;
ALTER TABLE "shop_recipe" ALTER COLUMN "rank" DROP DEFAULT;
COMMIT;
