BEGIN;
--
-- Alter field window on coupon
--
ALTER TABLE "billing_coupon" ALTER COLUMN "window" TYPE varchar(200), ALTER COLUMN "window" SET DEFAULT '';
COMMIT;
