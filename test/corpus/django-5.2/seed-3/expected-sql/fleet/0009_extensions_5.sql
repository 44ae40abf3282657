BEGIN;
--
-- Creates extension bloom
--
CREATE EXTENSION IF NOT EXISTS "bloom";
--
-- Creates extension fuzzystrmatch
--
CREATE EXTENSION IF NOT EXISTS "fuzzystrmatch";
COMMIT;
