BEGIN;
--
-- Alter field code on badge
--
-- (no-op)
COMMIT;
