BEGIN;
--
-- Alter field token on product
--
-- (no-op)
COMMIT;
