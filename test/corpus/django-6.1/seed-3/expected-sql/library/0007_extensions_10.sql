BEGIN;
--
-- Creates extension unaccent
--
CREATE EXTENSION IF NOT EXISTS "unaccent";
COMMIT;
