BEGIN;
--
-- Alter unique_together for payment (1 constraint(s))
--
ALTER TABLE "catalog_payment" DROP CONSTRAINT "catalog_payment_active_attachment_5ac51628_uniq";
COMMIT;
