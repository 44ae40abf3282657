BEGIN;
--
-- Rename field priority on product to group
--
-- (no-op)
COMMIT;
