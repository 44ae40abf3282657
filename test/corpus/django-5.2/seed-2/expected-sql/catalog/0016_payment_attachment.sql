BEGIN;
--
-- Add field attachment to payment
--
ALTER TABLE "catalog_payment" ADD COLUMN "attachment" inet DEFAULT '::1'::inet NULL;
ALTER TABLE "catalog_payment" ALTER COLUMN "attachment" DROP DEFAULT;
COMMIT;
