BEGIN;
--
-- Alter field weight on author
--
-- (no-op)
COMMIT;
