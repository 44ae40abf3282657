BEGIN;
--
-- Remove index even_author_16_idx from vehicle
--
DROP INDEX IF EXISTS "even_author_16_idx";
COMMIT;
