BEGIN;
--
-- Creates extension btree_gist
--
DROP EXTENSION IF EXISTS "btree_gist";
COMMIT;
