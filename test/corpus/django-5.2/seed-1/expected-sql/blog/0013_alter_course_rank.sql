BEGIN;
--
-- Alter field rank on course
--
-- (no-op)
COMMIT;
