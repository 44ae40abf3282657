BEGIN;
--
-- Creates extension fuzzystrmatch
--
DROP EXTENSION IF EXISTS "fuzzystrmatch";
--
-- Creates extension btree_gist
--
DROP EXTENSION IF EXISTS "btree_gist";
COMMIT;
