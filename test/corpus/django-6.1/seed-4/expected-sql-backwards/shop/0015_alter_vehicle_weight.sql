BEGIN;
--
-- Alter field weight on vehicle
--
-- (no-op)
COMMIT;
