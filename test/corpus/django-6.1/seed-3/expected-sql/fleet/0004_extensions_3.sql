BEGIN;
--
-- Creates extension unaccent
--
CREATE EXTENSION IF NOT EXISTS "unaccent";
--
-- Creates extension fuzzystrmatch
--
CREATE EXTENSION IF NOT EXISTS "fuzzystrmatch";
COMMIT;
