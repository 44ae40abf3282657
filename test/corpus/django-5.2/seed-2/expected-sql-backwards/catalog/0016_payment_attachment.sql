BEGIN;
--
-- Add field attachment to payment
--
ALTER TABLE "catalog_payment" DROP COLUMN "attachment" CASCADE;
COMMIT;
