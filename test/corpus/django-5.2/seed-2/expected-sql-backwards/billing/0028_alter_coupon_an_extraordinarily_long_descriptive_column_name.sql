BEGIN;
--
-- Alter field an_extraordinarily_long_descriptive_column_name on coupon
--
ALTER TABLE "billing_coupon" ALTER COLUMN "an_extraordinarily_long_descriptive_column_name_id" TYPE integer;
COMMENT ON COLUMN "billing_coupon"."an_extraordinarily_long_descriptive_column_name_id" IS '';
COMMIT;
