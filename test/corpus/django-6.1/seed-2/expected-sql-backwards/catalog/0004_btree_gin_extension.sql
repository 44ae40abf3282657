BEGIN;
--
-- Creates extension btree_gin
--
DROP EXTENSION IF EXISTS "btree_gin";
COMMIT;
