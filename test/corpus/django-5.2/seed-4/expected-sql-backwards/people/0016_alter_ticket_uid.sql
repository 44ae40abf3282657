BEGIN;
--
-- Alter field uid on ticket
--
-- (no-op)
COMMIT;
