BEGIN;
--
-- Remove index even_author_16_idx from vehicle
--
CREATE INDEX "even_author_16_idx" ON "events_vehicle" ("summary" varchar_pattern_ops);
COMMIT;
