BEGIN;
--
-- Alter field due on recipe
--
ALTER TABLE "events_recipe" ALTER COLUMN "due" SET DEFAULT (LOWER('ABC'));
UPDATE "events_recipe" SET "due" = (LOWER('ABC')) WHERE "due" IS NULL; SET CONSTRAINTS ALL IMMEDIATE;
ALTER TABLE "events_recipe" ALTER COLUMN "due" SET NOT NULL;
COMMIT;
