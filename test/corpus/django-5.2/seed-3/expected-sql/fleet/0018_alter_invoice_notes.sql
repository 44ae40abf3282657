BEGIN;
--
-- Alter field notes on invoice
--
ALTER TABLE "fleet_invoice_t3" RENAME COLUMN "notes" TO "col_notes40";
COMMIT;
