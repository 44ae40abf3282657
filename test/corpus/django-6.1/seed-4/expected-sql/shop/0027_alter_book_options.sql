BEGIN;
--
-- Change Meta options on book
--
-- (no-op)
COMMIT;
