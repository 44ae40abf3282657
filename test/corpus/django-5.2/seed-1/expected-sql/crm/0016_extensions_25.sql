BEGIN;
--
-- Creates extension citext
--
CREATE EXTENSION IF NOT EXISTS "citext";
COMMIT;
