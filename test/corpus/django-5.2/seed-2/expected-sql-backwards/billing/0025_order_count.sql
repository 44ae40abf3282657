BEGIN;
--
-- Add field count to order
--
ALTER TABLE "billing_order" DROP COLUMN "count" CASCADE;
COMMIT;
