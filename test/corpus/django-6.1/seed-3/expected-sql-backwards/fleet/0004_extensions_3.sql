BEGIN;
--
-- Creates extension fuzzystrmatch
--
DROP EXTENSION IF EXISTS "fuzzystrmatch";
--
-- Creates extension unaccent
--
DROP EXTENSION IF EXISTS "unaccent";
COMMIT;
