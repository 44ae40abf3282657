BEGIN;
--
-- Create constraint billing_invoice_chk31 on model invoice
--
ALTER TABLE "billing_invoice" DROP CONSTRAINT "billing_invoice_chk31";
COMMIT;
