BEGIN;
--
-- Add field token to payment
--
-- (no-op)
--
-- Create model Address
--
DROP TABLE "fleet_address" CASCADE;
COMMIT;
