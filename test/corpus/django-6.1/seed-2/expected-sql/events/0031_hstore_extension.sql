BEGIN;
--
-- Creates extension hstore
--
-- (no-op)
COMMIT;
