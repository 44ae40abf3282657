BEGIN;
--
-- Alter field uid on recipe
--
-- (no-op)
COMMIT;
