BEGIN;
--
-- Create model Payment
--
DROP TABLE "fleet_payment" CASCADE;
COMMIT;
