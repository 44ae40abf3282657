BEGIN;
--
-- Creates extension bloom
--
DROP EXTENSION IF EXISTS "bloom";
--
-- Creates extension citext
--
DROP EXTENSION IF EXISTS "citext";
COMMIT;
