BEGIN;
--
-- Create index crm_recipe_13_idx on field(s) payload of model recipe
--
DROP INDEX IF EXISTS "crm_recipe_13_idx";
COMMIT;
