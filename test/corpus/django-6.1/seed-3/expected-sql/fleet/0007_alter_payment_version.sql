BEGIN;
--
-- Alter field version on payment
--
-- (no-op)
COMMIT;
