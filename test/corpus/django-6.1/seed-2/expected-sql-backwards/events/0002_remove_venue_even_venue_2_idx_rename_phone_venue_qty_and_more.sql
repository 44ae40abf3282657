BEGIN;
--
-- Create index even_venue_2_idx on field(s) type of model venue
--
DROP INDEX IF EXISTS "even_venue_2_idx";
--
-- Rename field phone on venue to qty
--
ALTER TABLE "events_venue" RENAME COLUMN "qty" TO "phone";
--
-- Remove index even_venue_2_idx from venue
--
CREATE INDEX "even_venue_2_idx" ON "events_venue" ("type") WHERE ("due" >= 1.55 OR "phone" >= 100);
COMMIT;
