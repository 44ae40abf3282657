BEGIN;
--
-- Create index flee_payment_10_idx on field(s) version of model payment
--
DROP INDEX IF EXISTS "flee_payment_10_idx";
COMMIT;
