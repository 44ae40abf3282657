BEGIN;
--
-- Rename model Seat to Recipe
--
ALTER TABLE "shop_seat" RENAME TO "shop_recipe";
COMMIT;
