BEGIN;
--
-- Creates extension pgcrypto
--
CREATE EXTENSION IF NOT EXISTS "pgcrypto";
--
-- Creates extension bloom
--
CREATE EXTENSION IF NOT EXISTS "bloom";
--
-- Creates extension pg_trgm
--
CREATE EXTENSION IF NOT EXISTS "pg_trgm";
COMMIT;
