BEGIN;
--
-- Create index flee_coupon_17_idx on field(s) group of model coupon
--
CREATE INDEX "flee_coupon_17_idx" ON "fleet_coupon" USING gin ("group");
COMMIT;
