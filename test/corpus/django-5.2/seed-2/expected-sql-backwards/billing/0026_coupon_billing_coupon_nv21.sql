BEGIN;
--
-- Create not valid constraint billing_coupon_nv21 on model coupon
--
ALTER TABLE "billing_coupon" DROP CONSTRAINT "billing_coupon_nv21";
COMMIT;
