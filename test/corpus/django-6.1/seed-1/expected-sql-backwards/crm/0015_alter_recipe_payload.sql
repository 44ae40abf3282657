BEGIN;
--
-- Alter field payload on recipe
--
-- (no-op)
COMMIT;
