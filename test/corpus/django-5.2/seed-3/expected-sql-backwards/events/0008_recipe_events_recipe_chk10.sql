BEGIN;
--
-- Create constraint events_recipe_chk10 on model recipe
--
ALTER TABLE "events_recipe" DROP CONSTRAINT "events_recipe_chk10";
COMMIT;
