BEGIN;
--
-- Create index cata_payment_23_idx on field(s) active, attachment of model payment
--
DROP INDEX IF EXISTS "cata_payment_23_idx";
COMMIT;
