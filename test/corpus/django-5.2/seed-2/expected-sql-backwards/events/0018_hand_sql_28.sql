BEGIN;
--
-- Raw SQL operation
--
SELECT 2;
--
-- Raw SQL operation
--
-- (no-op)
COMMIT;
