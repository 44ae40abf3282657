BEGIN;
--
-- Create constraint events_warehouse_uniq13 on model warehouse
--
CREATE UNIQUE INDEX "events_warehouse_uniq13" ON "events_warehouse" ("size", "origin_id") WHERE ("created" >= '2024-02-29 23:59:59+00:00'::timestamptz OR "code" < '2023-05-17 08:30:00+00:00'::timestamptz);
COMMIT;
