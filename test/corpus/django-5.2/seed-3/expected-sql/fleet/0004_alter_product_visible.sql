BEGIN;
--
-- Alter field visible on product
--
-- (no-op)
COMMIT;
