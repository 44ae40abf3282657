BEGIN;
--
-- Creates extension btree_gin
--
CREATE EXTENSION IF NOT EXISTS "btree_gin";
COMMIT;
