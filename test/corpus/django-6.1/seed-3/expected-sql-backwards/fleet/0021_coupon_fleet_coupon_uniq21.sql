BEGIN;
--
-- Create constraint fleet_coupon_uniq21 on model coupon
--
DROP INDEX IF EXISTS "fleet_coupon_uniq21";
COMMIT;
