BEGIN;
--
-- Creates extension fuzzystrmatch
--
DROP EXTENSION IF EXISTS "fuzzystrmatch";
--
-- Creates extension pgcrypto
--
DROP EXTENSION IF EXISTS "pgcrypto";
COMMIT;
