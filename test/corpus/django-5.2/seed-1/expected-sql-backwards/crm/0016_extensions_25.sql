BEGIN;
--
-- Creates extension citext
--
DROP EXTENSION IF EXISTS "citext";
COMMIT;
