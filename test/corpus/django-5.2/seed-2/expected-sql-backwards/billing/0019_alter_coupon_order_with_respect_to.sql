BEGIN;
--
-- Set order_with_respect_to on coupon to an_extraordinarily_long_descriptive_column_name
--
ALTER TABLE "billing_coupon" DROP COLUMN "_order" CASCADE;
COMMIT;
