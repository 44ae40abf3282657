BEGIN;
--
-- Creates extension bloom
--
DROP EXTENSION IF EXISTS "bloom";
COMMIT;
