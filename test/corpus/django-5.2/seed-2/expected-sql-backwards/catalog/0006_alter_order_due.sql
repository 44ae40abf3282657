BEGIN;
--
-- Alter field due on order
--
-- (no-op)
COMMIT;
