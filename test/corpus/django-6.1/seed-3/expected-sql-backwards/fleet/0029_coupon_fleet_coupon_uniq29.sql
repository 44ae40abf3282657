BEGIN;
--
-- Create constraint fleet_coupon_uniq29 on model coupon
--
ALTER TABLE "fleet_coupon" DROP CONSTRAINT "fleet_coupon_uniq29";
COMMIT;
