BEGIN;
--
-- Alter field visible on sensor
--
-- (no-op)
COMMIT;
