BEGIN;
--
-- Create model Recipe
--
DROP TABLE "events_recipe" CASCADE;
COMMIT;
