BEGIN;
--
-- Remove constraint fleet_coupon_uniq21 from model coupon
--
DROP INDEX IF EXISTS "fleet_coupon_uniq21";
COMMIT;
