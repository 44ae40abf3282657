BEGIN;
--
-- Rename model Recipe to Route
--
ALTER TABLE "library_recipe" RENAME TO "library_route";
COMMIT;
