BEGIN;
--
-- Remove field label from coupon
--
ALTER TABLE "billing_coupon" DROP COLUMN "label" CASCADE;
COMMIT;
