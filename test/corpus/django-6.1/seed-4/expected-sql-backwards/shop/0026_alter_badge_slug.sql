BEGIN;
--
-- Alter field slug on badge
--
-- (no-op)
COMMIT;
