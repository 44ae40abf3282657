BEGIN;
--
-- Alter field path on book
--
ALTER TABLE "billing_book" ALTER COLUMN "path" DROP NOT NULL;
COMMIT;
