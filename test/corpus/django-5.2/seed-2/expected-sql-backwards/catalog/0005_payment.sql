BEGIN;
--
-- Create model Payment
--
DROP TABLE "catalog_payment" CASCADE;
COMMIT;
