BEGIN;
--
-- Create constraint events_warehouse_uniq13 on model warehouse
--
DROP INDEX IF EXISTS "events_warehouse_uniq13";
COMMIT;
