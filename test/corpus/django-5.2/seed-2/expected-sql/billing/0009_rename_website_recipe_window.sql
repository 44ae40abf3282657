BEGIN;
--
-- Rename field website on recipe to window
--
ALTER TABLE "billing_recipe" RENAME COLUMN "website" TO "window";
COMMIT;
