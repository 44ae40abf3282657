BEGIN;
--
-- Create index flee_warehous_36_idx on field(s) title of model warehouse
--
DROP INDEX IF EXISTS "flee_warehous_36_idx";
--
-- Alter unique_together for invoice (1 constraint(s))
--
ALTER TABLE "fleet_invoice_t3" DROP CONSTRAINT "fleet_invoice_t3_kind_website_7ecdf7f8_uniq";
--
-- Rename model Payment to Vehicle
--
ALTER TABLE "fleet_vehicle" RENAME TO "fleet_payment";
COMMIT;
