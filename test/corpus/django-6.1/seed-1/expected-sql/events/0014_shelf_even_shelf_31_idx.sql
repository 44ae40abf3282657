BEGIN;
--
-- Create index even_shelf_31_idx on field(s) rank of model shelf
--
CREATE INDEX "even_shelf_31_idx" ON "events_shelf" ("rank");
COMMIT;
