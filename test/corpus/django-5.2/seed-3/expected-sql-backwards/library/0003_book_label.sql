BEGIN;
--
-- Add field label to book
--
ALTER TABLE "library_book" DROP COLUMN "label" CASCADE;
COMMIT;
