BEGIN;
--
-- Create constraint events_warehouse_chk4 on model warehouse
--
ALTER TABLE "events_warehouse" ADD CONSTRAINT "events_warehouse_chk4" CHECK ("created" >= '2023-05-17 08:30:00+00:00'::timestamptz);
COMMIT;
