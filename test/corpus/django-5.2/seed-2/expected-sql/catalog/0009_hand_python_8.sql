BEGIN;
--
-- Raw SQL operation
--
SELECT 1;
--
-- Raw Python operation
--
-- THIS OPERATION CANNOT BE WRITTEN AS SQL
--
-- Raw SQL operation
--
SELECT 2;
COMMIT;
