BEGIN;
--
-- Alter field status on book
--
-- (no-op)
COMMIT;
