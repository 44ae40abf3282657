BEGIN;
--
-- Remove field size from venue
--
ALTER TABLE "events_venue" ADD COLUMN "size" date DEFAULT '2026-11-25'::date NULL;
ALTER TABLE "events_venue" ALTER COLUMN "size" DROP DEFAULT;
--
-- Remove index even_venue_7_idx from venue
--
CREATE INDEX "even_venue_7_idx" ON "events_venue" USING brin ("size") WITH (pages_per_range = 16);
COMMIT;
