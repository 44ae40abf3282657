BEGIN;
--
-- Alter field version on device
--
-- (no-op)
COMMIT;
