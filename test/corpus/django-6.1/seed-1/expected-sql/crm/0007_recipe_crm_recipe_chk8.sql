BEGIN;
--
-- Create constraint crm_recipe_chk8 on model recipe
--
ALTER TABLE "crm_recipe" ADD CONSTRAINT "crm_recipe_chk8" CHECK (("created" BETWEEN 0 AND 1000 AND UPPER("priority"::text) LIKE UPPER( E'x\\_%')));
COMMIT;
