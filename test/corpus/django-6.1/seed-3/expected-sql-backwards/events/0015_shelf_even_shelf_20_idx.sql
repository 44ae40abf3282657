BEGIN;
--
-- Create index even_shelf_20_idx on field(s) -zone, origin of model shelf
--
DROP INDEX IF EXISTS "even_shelf_20_idx";
COMMIT;
