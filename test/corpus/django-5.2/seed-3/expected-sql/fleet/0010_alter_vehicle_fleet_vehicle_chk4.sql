BEGIN;
--
-- Alter constraint fleet_vehicle_chk4 on vehicle
--
-- (no-op)
COMMIT;
