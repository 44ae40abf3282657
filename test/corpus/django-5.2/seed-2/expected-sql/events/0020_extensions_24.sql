BEGIN;
--
-- Creates extension pgcrypto
--
CREATE EXTENSION IF NOT EXISTS "pgcrypto";
--
-- Creates extension fuzzystrmatch
--
CREATE EXTENSION IF NOT EXISTS "fuzzystrmatch";
COMMIT;
