BEGIN;
--
-- Creates extension pgcrypto
--
CREATE EXTENSION IF NOT EXISTS "pgcrypto";
--
-- Creates extension btree_gist
--
-- (no-op)
--
-- Creates extension btree_gin
--
CREATE EXTENSION IF NOT EXISTS "btree_gin";
COMMIT;
