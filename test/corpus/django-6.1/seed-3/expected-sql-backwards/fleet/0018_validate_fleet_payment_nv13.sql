BEGIN;
--
-- Validate constraint fleet_payment_nv13 on model payment
--
-- (no-op)
COMMIT;
