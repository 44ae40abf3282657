BEGIN;
--
-- Create model Badge
--
DROP TABLE "billing_badge" CASCADE;
--
-- Rename table for invoice to billing_invoice_t34
--
ALTER TABLE "billing_invoice_t34" RENAME TO "billing_invoice";
COMMIT;
