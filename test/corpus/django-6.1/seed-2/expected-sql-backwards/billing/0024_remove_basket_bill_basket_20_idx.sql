BEGIN;
--
-- Remove index bill_basket_20_idx from basket
--
CREATE INDEX "bill_basket_20_idx" ON "billing_basket_t19" ("code");
COMMIT;
