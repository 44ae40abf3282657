BEGIN;
--
-- Alter constraint shop_vehicle_chk21 on vehicle
--
-- (no-op)
COMMIT;
