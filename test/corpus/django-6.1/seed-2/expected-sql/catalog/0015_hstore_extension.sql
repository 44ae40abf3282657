BEGIN;
--
-- Creates extension hstore
--
CREATE EXTENSION IF NOT EXISTS "hstore";
COMMIT;
