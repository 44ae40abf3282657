BEGIN;
--
-- Create constraint billing_invoice_chk31 on model invoice
--
ALTER TABLE "billing_invoice" ADD CONSTRAINT "billing_invoice_chk31" CHECK (("uid" >= 0 AND "budget" IN (1, 2, 3)));
COMMIT;
