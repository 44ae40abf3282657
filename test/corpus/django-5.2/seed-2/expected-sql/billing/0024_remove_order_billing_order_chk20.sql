BEGIN;
--
-- Remove constraint billing_order_chk20 from model order
--
ALTER TABLE "billing_order" DROP CONSTRAINT "billing_order_chk20";
COMMIT;
