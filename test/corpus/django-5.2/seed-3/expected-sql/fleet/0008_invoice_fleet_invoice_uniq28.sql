BEGIN;
--
-- Create constraint fleet_invoice_uniq28 on model invoice
--
CREATE UNIQUE INDEX "fleet_invoice_uniq28" ON "fleet_invoice_t3" ((LOWER("code")));
COMMIT;
