BEGIN;
--
-- Create model Order
--
DROP TABLE "billing_order" CASCADE;
COMMIT;
