BEGIN;
--
-- Remove field notes from payment
--
ALTER TABLE "catalog_payment" ADD COLUMN "notes" boolean DEFAULT false NULL;
COMMIT;
