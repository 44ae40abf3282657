BEGIN;
--
-- Create index even_shelf_5_idx on field(s) opened, zone of model shelf
--
DROP INDEX IF EXISTS "even_shelf_5_idx";
COMMIT;
