BEGIN;
--
-- Alter field closed on recipe
--
-- (no-op)
COMMIT;
