BEGIN;
--
-- Create index crm_recipe_13_idx on field(s) payload of model recipe
--
CREATE INDEX "crm_recipe_13_idx" ON "crm_recipe" ("payload");
COMMIT;
