BEGIN;
--
-- Create constraint fleet_invoice_uniq28 on model invoice
--
DROP INDEX IF EXISTS "fleet_invoice_uniq28";
COMMIT;
