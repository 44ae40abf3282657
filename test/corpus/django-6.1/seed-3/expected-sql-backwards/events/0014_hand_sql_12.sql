BEGIN;
--
-- Raw SQL operation
--
SELECT 'back';
COMMIT;
