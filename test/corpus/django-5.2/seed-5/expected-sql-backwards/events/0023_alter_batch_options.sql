BEGIN;
--
-- Change Meta options on batch
--
-- (no-op)
COMMIT;
