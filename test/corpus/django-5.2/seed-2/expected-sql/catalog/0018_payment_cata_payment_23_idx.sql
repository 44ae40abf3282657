BEGIN;
--
-- Create index cata_payment_23_idx on field(s) active, attachment of model payment
--
CREATE INDEX "cata_payment_23_idx" ON "catalog_payment" ("active", "attachment");
COMMIT;
