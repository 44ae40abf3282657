BEGIN;
--
-- Alter field flag on product
--
-- (no-op)
COMMIT;
