BEGIN;
--
-- Alter field size on team
--
-- (no-op)
COMMIT;
