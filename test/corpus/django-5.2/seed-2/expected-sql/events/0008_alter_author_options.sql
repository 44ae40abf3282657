BEGIN;
--
-- Change Meta options on author
--
-- (no-op)
COMMIT;
