BEGIN;
--
-- Create constraint fleet_coupon_uniq21 on model coupon
--
CREATE UNIQUE INDEX "fleet_coupon_uniq21" ON "fleet_coupon" ("amount") WHERE "Col_email" < 0;
COMMIT;
