BEGIN;
--
-- Delete model Recipe
--
CREATE TABLE "crm_recipe" ("id" integer NOT NULL PRIMARY KEY, "payload" integer NULL, "priority" varchar(200) COLLATE "C" NOT NULL, "created" integer NOT NULL CHECK ("created" >= 0), "code" integer NOT NULL CHECK ("code" >= 0), "ratio" integer NOT NULL);
--
-- Remove constraint crm_recipe_chk8 from model recipe
--
ALTER TABLE "crm_recipe" ADD CONSTRAINT "crm_recipe_chk8" CHECK (("created" BETWEEN 0 AND 1000 AND UPPER("priority"::text) LIKE UPPER( E'x\\_%')));
--
-- Remove index crm_recipe_13_idx from recipe
--
CREATE INDEX "crm_recipe_13_idx" ON "crm_recipe" ("payload");
--
-- Remove index crm_recipe_3_idx from recipe
--
CREATE INDEX "crm_recipe_3_idx" ON "crm_recipe" USING bloom ("payload") WITH (length = 80);
CREATE INDEX "crm_recipe_ratio_d27d21aa" ON "crm_recipe" ("ratio");
COMMIT;
