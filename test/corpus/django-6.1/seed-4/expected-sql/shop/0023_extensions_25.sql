BEGIN;
--
-- Creates extension btree_gist
--
CREATE EXTENSION IF NOT EXISTS "btree_gist";
--
-- Creates extension hstore
--
CREATE EXTENSION IF NOT EXISTS "hstore";
COMMIT;
