BEGIN;
--
-- Remove field notes from payment
--
ALTER TABLE "catalog_payment" DROP COLUMN "notes" CASCADE;
COMMIT;
