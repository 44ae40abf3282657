BEGIN;
--
-- Alter field type on vehicle
--
-- (no-op)
COMMIT;
