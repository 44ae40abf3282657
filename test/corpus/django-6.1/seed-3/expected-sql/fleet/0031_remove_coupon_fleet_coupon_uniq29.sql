BEGIN;
--
-- Remove constraint fleet_coupon_uniq29 from model coupon
--
ALTER TABLE "fleet_coupon" DROP CONSTRAINT "fleet_coupon_uniq29";
COMMIT;
