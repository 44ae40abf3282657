BEGIN;
--
-- Alter field due on recipe
--
-- (no-op)
COMMIT;
