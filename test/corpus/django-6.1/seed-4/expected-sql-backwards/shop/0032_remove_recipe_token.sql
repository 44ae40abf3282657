BEGIN;
--
-- Remove field token from recipe
--
ALTER TABLE "shop_recipe" ADD COLUMN "token" bytea NULL;
COMMIT;
