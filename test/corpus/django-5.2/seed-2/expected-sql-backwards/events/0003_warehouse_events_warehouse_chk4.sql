BEGIN;
--
-- Create constraint events_warehouse_chk4 on model warehouse
--
ALTER TABLE "events_warehouse" DROP CONSTRAINT "events_warehouse_chk4";
COMMIT;
