BEGIN;
--
-- Remove index even_venue_7_idx from venue
--
DROP INDEX IF EXISTS "even_venue_7_idx";
--
-- Remove field size from venue
--
ALTER TABLE "events_venue" DROP COLUMN "size";
COMMIT;
