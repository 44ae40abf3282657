BEGIN;
--
-- Create constraint fleet_invoice_chk24 on model invoice
--
ALTER TABLE "fleet_invoice_t3" ADD CONSTRAINT "fleet_invoice_chk24" CHECK ("ref" < 3);
COMMIT;
