BEGIN;
--
-- Creates extension pgcrypto
--
CREATE EXTENSION IF NOT EXISTS "pgcrypto";
--
-- Creates extension btree_gist
--
CREATE EXTENSION IF NOT EXISTS "btree_gist";
--
-- Creates extension btree_gin
--
CREATE EXTENSION IF NOT EXISTS "btree_gin";
COMMIT;
