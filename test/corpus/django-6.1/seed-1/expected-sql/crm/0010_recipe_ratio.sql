BEGIN;
--
-- Add field ratio to recipe
--
ALTER TABLE "crm_recipe" ADD COLUMN "ratio" integer DEFAULT  -3 NOT NULL;
ALTER TABLE "crm_recipe" ALTER COLUMN "ratio" DROP DEFAULT;
CREATE INDEX "crm_recipe_ratio_d27d21aa" ON "crm_recipe" ("ratio");
COMMIT;
