BEGIN;
--
-- Create constraint fleet_invoice_chk24 on model invoice
--
ALTER TABLE "fleet_invoice_t3" DROP CONSTRAINT "fleet_invoice_chk24";
COMMIT;
