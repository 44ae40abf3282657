BEGIN;
--
-- Change Meta options on region
--
-- (no-op)
COMMIT;
