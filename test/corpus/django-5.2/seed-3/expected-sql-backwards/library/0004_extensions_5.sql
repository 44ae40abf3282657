BEGIN;
--
-- Creates extension pgcrypto
--
DROP EXTENSION IF EXISTS "pgcrypto";
--
-- Creates extension btree_gist
--
DROP EXTENSION IF EXISTS "btree_gist";
--
-- Creates extension btree_gin
--
DROP EXTENSION IF EXISTS "btree_gin";
COMMIT;
