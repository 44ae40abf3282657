BEGIN;
--
-- Create not valid constraint billing_coupon_nv21 on model coupon
--
ALTER TABLE "billing_coupon" ADD CONSTRAINT "billing_coupon_nv21" CHECK (NOT (UPPER("window"::text) LIKE UPPER('it''s%'))) NOT VALID;
COMMIT;
