BEGIN;
--
-- Create index cata_order_5_idx on field(s) due, budget of model order
--
CREATE INDEX "cata_order_5_idx" ON "catalog_order" ("due", "budget");
COMMIT;
