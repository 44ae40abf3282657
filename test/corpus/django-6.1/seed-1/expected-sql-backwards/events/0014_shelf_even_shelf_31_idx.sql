BEGIN;
--
-- Create index even_shelf_31_idx on field(s) rank of model shelf
--
DROP INDEX IF EXISTS "even_shelf_31_idx";
COMMIT;
