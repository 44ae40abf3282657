BEGIN;
--
-- Creates extension pg_trgm
--
DROP EXTENSION IF EXISTS "pg_trgm";
--
-- Creates extension bloom
--
DROP EXTENSION IF EXISTS "bloom";
--
-- Creates extension pgcrypto
--
DROP EXTENSION IF EXISTS "pgcrypto";
COMMIT;
