BEGIN;
--
-- Creates extension citext
--
CREATE EXTENSION IF NOT EXISTS "citext";
--
-- Creates extension bloom
--
CREATE EXTENSION IF NOT EXISTS "bloom";
COMMIT;
