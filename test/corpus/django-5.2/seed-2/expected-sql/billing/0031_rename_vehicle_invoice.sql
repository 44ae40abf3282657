BEGIN;
--
-- Rename model Vehicle to Invoice
--
ALTER TABLE "billing_vehicle" RENAME TO "billing_invoice";
COMMIT;
