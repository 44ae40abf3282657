BEGIN;
--
-- Alter field body on batch
--
-- (no-op)
COMMIT;
