BEGIN;
--
-- Alter field ip on course
--
-- (no-op)
COMMIT;
