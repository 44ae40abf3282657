BEGIN;
--
-- Creates extension pgcrypto
--
CREATE EXTENSION IF NOT EXISTS "pgcrypto";
COMMIT;
