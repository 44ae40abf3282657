BEGIN;
--
-- Alter field code on station
--
-- (no-op)
COMMIT;
