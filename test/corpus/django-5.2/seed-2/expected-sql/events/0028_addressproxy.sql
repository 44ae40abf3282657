BEGIN;
--
-- Create proxy model AddressProxy
--
-- (no-op)
COMMIT;
