BEGIN;
--
-- Set order_with_respect_to on coupon to an_extraordinarily_long_descriptive_column_name
--
ALTER TABLE "billing_coupon" ADD COLUMN "_order" integer DEFAULT 0 NOT NULL;
ALTER TABLE "billing_coupon" ALTER COLUMN "_order" DROP DEFAULT;
COMMIT;
