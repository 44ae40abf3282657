BEGIN;
--
-- Alter field window on coupon
--
ALTER TABLE "billing_coupon" ALTER COLUMN "window" TYPE varchar(254), ALTER COLUMN "window" DROP DEFAULT;
COMMIT;
