BEGIN;
--
-- Create proxy model PaymentProxy
--
-- (no-op)
COMMIT;
