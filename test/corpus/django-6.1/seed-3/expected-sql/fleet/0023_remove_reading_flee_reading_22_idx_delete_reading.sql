BEGIN;
--
-- Remove index flee_reading_22_idx from reading
--
DROP INDEX IF EXISTS "flee_reading_22_idx";
--
-- Delete model Reading
--
DROP TABLE "fleet_reading" CASCADE;
COMMIT;
