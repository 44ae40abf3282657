BEGIN;
--
-- Remove index even_shelf_20_idx from shelf
--
CREATE INDEX "even_shelf_20_idx" ON "events_shelf_t15" ("Renamed_zone6" DESC, "origin");
COMMIT;
