BEGIN;
--
-- Alter unique_together for sensor (1 constraint(s))
--
-- (no-op)
--
-- Rename field visible on sensor to kind
--
-- (no-op)
--
-- Alter field visible on sensor
--
-- (no-op)
COMMIT;
