BEGIN;
--
-- Alter field code on route
--
-- (no-op)
COMMIT;
