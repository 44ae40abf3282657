BEGIN;
--
-- Alter field notes on invoice
--
ALTER TABLE "fleet_invoice_t3" RENAME COLUMN "col_notes40" TO "notes";
COMMIT;
