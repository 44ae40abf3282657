BEGIN;
--
-- Creates extension btree_gist
--
CREATE EXTENSION IF NOT EXISTS "btree_gist";
COMMIT;
