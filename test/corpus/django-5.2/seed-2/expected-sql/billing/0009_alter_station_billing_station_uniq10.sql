BEGIN;
--
-- Alter constraint billing_station_uniq10 on station
--
-- (no-op)
COMMIT;
