BEGIN;
--
-- Create model Book
--
DROP TABLE "library_book" CASCADE;
COMMIT;
