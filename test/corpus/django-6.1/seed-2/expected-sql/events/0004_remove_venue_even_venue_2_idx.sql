BEGIN;
--
-- Remove index even_venue_2_idx from venue
--
DROP INDEX IF EXISTS "even_venue_2_idx";
COMMIT;
