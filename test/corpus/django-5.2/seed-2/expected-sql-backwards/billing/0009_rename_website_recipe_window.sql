BEGIN;
--
-- Rename field website on recipe to window
--
ALTER TABLE "billing_recipe" RENAME COLUMN "window" TO "website";
COMMIT;
