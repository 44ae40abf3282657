BEGIN;
--
-- Rename field phone on recipe to created
--
ALTER TABLE "crm_recipe" RENAME COLUMN "phone" TO "created";
--
-- Alter field id on recipe
--
ALTER TABLE "crm_recipe" ALTER COLUMN "id" DROP IDENTITY IF EXISTS;
ALTER TABLE "crm_recipe" ALTER COLUMN "id" TYPE integer USING "id"::integer;
DROP SEQUENCE IF EXISTS "crm_recipe_id_seq" CASCADE;
COMMIT;
