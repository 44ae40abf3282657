BEGIN;
--
-- Creates extension unaccent
--
DROP EXTENSION IF EXISTS "unaccent";
COMMIT;
