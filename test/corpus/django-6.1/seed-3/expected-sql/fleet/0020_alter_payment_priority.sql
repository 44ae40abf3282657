BEGIN;
--
-- Alter field priority on payment
--
-- (no-op)
COMMIT;
