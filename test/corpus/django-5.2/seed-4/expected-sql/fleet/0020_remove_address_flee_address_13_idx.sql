BEGIN;
--
-- Remove index flee_address_13_idx from address
--
DROP INDEX IF EXISTS "flee_address_13_idx";
COMMIT;
