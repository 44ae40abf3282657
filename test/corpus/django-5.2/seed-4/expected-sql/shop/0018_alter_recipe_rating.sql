BEGIN;
--
-- Alter field rating on recipe
--
ALTER TABLE "shop_recipe" RENAME COLUMN "rating" TO "X_rating17";
COMMIT;
