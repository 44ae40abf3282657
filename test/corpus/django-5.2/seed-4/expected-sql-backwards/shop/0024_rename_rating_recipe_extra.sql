BEGIN;
--
-- Rename field rating on recipe to extra
--
-- (no-op)
COMMIT;
