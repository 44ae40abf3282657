BEGIN;
--
-- Rename model Recipe to Route
--
ALTER TABLE "library_route" RENAME TO "library_recipe";
COMMIT;
