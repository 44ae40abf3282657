BEGIN;
--
-- Remove index even_shelf_20_idx from shelf
--
DROP INDEX IF EXISTS "even_shelf_20_idx";
COMMIT;
