BEGIN;
--
-- Creates extension bloom
--
CREATE EXTENSION IF NOT EXISTS "bloom";
COMMIT;
