BEGIN;
--
-- Create model Book
--
DROP TABLE "billing_book" CASCADE;
COMMIT;
