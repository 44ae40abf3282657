BEGIN;
--
-- Change Meta options on coupon
--
-- (no-op)
COMMIT;
