BEGIN;
--
-- Add field level to book
--
ALTER TABLE "billing_book" DROP COLUMN "level" CASCADE;
COMMIT;
