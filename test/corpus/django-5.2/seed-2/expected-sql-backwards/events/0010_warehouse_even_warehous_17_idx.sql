BEGIN;
--
-- Create index even_warehous_17_idx on field(s) -size, origin of model warehouse
--
DROP INDEX IF EXISTS "even_warehous_17_idx";
COMMIT;
