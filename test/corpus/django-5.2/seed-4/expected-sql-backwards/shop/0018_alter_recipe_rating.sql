BEGIN;
--
-- Alter field rating on recipe
--
ALTER TABLE "shop_recipe" RENAME COLUMN "X_rating17" TO "rating";
COMMIT;
