BEGIN;
--
-- Creates extension pg_trgm
--
CREATE EXTENSION IF NOT EXISTS "pg_trgm";
COMMIT;
