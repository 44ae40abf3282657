BEGIN;
--
-- Rename model Seat to Recipe
--
ALTER TABLE "shop_recipe" RENAME TO "shop_seat";
COMMIT;
