BEGIN;
--
-- Add field code to recipe
--
ALTER TABLE "crm_recipe" ADD COLUMN "code" integer DEFAULT 5 NOT NULL CHECK ("code" >= 0);
ALTER TABLE "crm_recipe" ALTER COLUMN "code" DROP DEFAULT;
COMMIT;
