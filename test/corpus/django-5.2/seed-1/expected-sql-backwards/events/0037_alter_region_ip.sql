BEGIN;
--
-- Alter field ip on region
--
-- (no-op)
COMMIT;
