BEGIN;
--
-- Alter field rating on sensor
--
-- (no-op)
COMMIT;
