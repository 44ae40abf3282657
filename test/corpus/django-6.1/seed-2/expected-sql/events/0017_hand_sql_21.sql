BEGIN;
--
-- Raw SQL operation
--
SELECT 1;
--
-- Raw SQL operation
--
-- (no-op)
COMMIT;
