BEGIN;
--
-- Alter field due on recipe
--
ALTER TABLE "events_recipe" ALTER COLUMN "due" DROP DEFAULT, ALTER COLUMN "due" DROP NOT NULL;
COMMIT;
