BEGIN;
--
-- Creates extension hstore
--
DROP EXTENSION IF EXISTS "hstore";
--
-- Creates extension btree_gist
--
DROP EXTENSION IF EXISTS "btree_gist";
COMMIT;
