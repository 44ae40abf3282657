BEGIN;
--
-- Alter constraint billing_station_nv5 on lesson
--
-- (no-op)
COMMIT;
