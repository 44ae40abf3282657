BEGIN;
--
-- Remove index bill_basket_20_idx from basket
--
DROP INDEX IF EXISTS "bill_basket_20_idx";
COMMIT;
