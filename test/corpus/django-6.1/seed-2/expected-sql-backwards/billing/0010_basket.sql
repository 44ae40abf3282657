BEGIN;
--
-- Create model Basket
--
DROP TABLE "billing_basket_t19" CASCADE;
COMMIT;
