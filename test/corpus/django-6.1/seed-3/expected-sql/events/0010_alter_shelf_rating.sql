BEGIN;
--
-- Alter field rating on shelf
--
-- (no-op)
COMMIT;
