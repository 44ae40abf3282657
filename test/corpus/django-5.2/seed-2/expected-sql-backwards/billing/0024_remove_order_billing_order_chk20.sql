BEGIN;
--
-- Remove constraint billing_order_chk20 from model order
--
ALTER TABLE "billing_order" ADD CONSTRAINT "billing_order_chk20" CHECK ("total" > ("size"));
COMMIT;
