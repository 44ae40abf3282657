BEGIN;
--
-- Alter field total on recipe
--
-- (no-op)
COMMIT;
