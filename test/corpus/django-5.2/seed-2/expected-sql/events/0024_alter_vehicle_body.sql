BEGIN;
--
-- Alter field body on vehicle
--
-- (no-op)
COMMIT;
