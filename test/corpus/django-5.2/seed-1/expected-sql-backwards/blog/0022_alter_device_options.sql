BEGIN;
--
-- Change Meta options on device
--
-- (no-op)
COMMIT;
