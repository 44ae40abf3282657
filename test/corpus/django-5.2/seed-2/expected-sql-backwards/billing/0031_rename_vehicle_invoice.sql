BEGIN;
--
-- Rename model Vehicle to Invoice
--
ALTER TABLE "billing_invoice" RENAME TO "billing_vehicle";
COMMIT;
