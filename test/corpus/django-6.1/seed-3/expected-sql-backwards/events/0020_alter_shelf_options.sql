BEGIN;
--
-- Change Meta options on shelf
--
-- (no-op)
COMMIT;
