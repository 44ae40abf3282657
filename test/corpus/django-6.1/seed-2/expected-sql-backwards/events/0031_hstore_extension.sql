BEGIN;
--
-- Creates extension hstore
--
DROP EXTENSION IF EXISTS "hstore";
COMMIT;
