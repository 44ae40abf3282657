BEGIN;
--
-- Alter field weight on book
--
-- (no-op)
COMMIT;
