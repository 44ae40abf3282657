BEGIN;
--
-- Creates extension pgcrypto
--
DROP EXTENSION IF EXISTS "pgcrypto";
COMMIT;
