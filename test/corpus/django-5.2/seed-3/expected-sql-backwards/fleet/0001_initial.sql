BEGIN;
--
-- Create model Invoice
--
DROP TABLE "fleet_invoice_t3" CASCADE;
COMMIT;
