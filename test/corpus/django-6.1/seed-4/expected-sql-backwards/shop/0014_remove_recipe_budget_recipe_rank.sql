BEGIN;
--
-- Add field rank to recipe
--
ALTER TABLE "shop_recipe" DROP COLUMN "rank";
--
-- Remove field budget from recipe
--
ALTER TABLE "shop_recipe" ADD COLUMN "budget" smallint NOT NULL;
COMMIT;
