BEGIN;
--
-- Validate constraint billing_station_nv5 on model station
--
-- (no-op)
COMMIT;
