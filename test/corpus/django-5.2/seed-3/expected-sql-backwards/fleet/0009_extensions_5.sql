BEGIN;
--
-- Creates extension fuzzystrmatch
--
DROP EXTENSION IF EXISTS "fuzzystrmatch";
--
-- Creates extension bloom
--
DROP EXTENSION IF EXISTS "bloom";
COMMIT;
