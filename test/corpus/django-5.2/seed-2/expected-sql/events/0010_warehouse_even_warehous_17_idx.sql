BEGIN;
--
-- Create index even_warehous_17_idx on field(s) -size, origin of model warehouse
--
CREATE INDEX "even_warehous_17_idx" ON "events_warehouse" ("size" DESC, "origin_id");
COMMIT;
