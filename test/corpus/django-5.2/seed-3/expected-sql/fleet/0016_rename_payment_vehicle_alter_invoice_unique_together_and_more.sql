BEGIN;
--
-- Rename model Payment to Vehicle
--
ALTER TABLE "fleet_payment" RENAME TO "fleet_vehicle";
--
-- Alter unique_together for invoice (1 constraint(s))
--
ALTER TABLE "fleet_invoice_t3" ADD CONSTRAINT "fleet_invoice_t3_kind_website_7ecdf7f8_uniq" UNIQUE ("kind", "website");
--
-- Create index flee_warehous_36_idx on field(s) title of model warehouse
--
CREATE INDEX "flee_warehous_36_idx" ON "fleet_warehouse" ("title");
COMMIT;
