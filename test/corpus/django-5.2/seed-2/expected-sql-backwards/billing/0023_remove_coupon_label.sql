BEGIN;
--
-- Remove field label from coupon
--
ALTER TABLE "billing_coupon" ADD COLUMN "label" integer NULL;
COMMIT;
