BEGIN;
--
-- Alter constraint events_warehouse_chk4 on warehouse
--
-- (no-op)
COMMIT;
