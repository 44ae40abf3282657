BEGIN;
--
-- Remove constraint fleet_coupon_uniq29 from model coupon
--
ALTER TABLE "fleet_coupon" ADD CONSTRAINT "fleet_coupon_uniq29" UNIQUE NULLS NOT DISTINCT ("amount", "group");
COMMIT;
