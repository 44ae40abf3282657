BEGIN;
--
-- Rename model Team to Order
--
-- (no-op)
COMMIT;
