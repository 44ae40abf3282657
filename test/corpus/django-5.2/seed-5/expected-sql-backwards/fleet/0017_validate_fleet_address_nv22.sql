BEGIN;
--
-- Validate constraint fleet_address_nv22 on model address
--
-- (no-op)
COMMIT;
