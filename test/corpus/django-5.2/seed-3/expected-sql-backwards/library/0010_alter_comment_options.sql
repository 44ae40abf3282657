BEGIN;
--
-- Change Meta options on comment
--
-- (no-op)
COMMIT;
