BEGIN;
--
-- Create index even_venue_3_idx on field(s) budget of model venue
--
DROP INDEX IF EXISTS "even_venue_3_idx";
COMMIT;
