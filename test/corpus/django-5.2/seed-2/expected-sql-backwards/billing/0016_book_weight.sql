BEGIN;
--
-- Add field weight to book
--
ALTER TABLE "billing_book" DROP COLUMN "weight" CASCADE;
COMMIT;
