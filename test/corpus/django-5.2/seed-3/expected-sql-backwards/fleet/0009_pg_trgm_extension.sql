BEGIN;
--
-- Creates extension pg_trgm
--
DROP EXTENSION IF EXISTS "pg_trgm";
COMMIT;
