BEGIN;
--
-- Remove index crm_recipe_3_idx from recipe
--
DROP INDEX IF EXISTS "crm_recipe_3_idx";
--
-- Remove index crm_recipe_13_idx from recipe
--
DROP INDEX IF EXISTS "crm_recipe_13_idx";
--
-- Remove constraint crm_recipe_chk8 from model recipe
--
ALTER TABLE "crm_recipe" DROP CONSTRAINT "crm_recipe_chk8";
--
-- Delete model Recipe
--
DROP TABLE "crm_recipe" CASCADE;
COMMIT;
