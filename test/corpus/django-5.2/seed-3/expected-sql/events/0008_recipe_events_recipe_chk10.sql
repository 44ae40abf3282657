BEGIN;
--
-- Create constraint events_recipe_chk10 on model recipe
--
ALTER TABLE "events_recipe" ADD CONSTRAINT "events_recipe_chk10" CHECK ("due"::text LIKE '%a%');
COMMIT;
