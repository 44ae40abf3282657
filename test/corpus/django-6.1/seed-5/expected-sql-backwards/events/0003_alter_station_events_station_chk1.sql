BEGIN;
--
-- Alter constraint events_station_chk1 on station
--
-- (no-op)
COMMIT;
