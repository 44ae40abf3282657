BEGIN;
--
-- Raw SQL operation
--
SELECT 'elidable';
COMMIT;
