BEGIN;
--
-- Alter field group on order
--
-- (no-op)
COMMIT;
