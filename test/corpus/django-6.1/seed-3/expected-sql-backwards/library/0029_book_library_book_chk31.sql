BEGIN;
--
-- Create constraint library_book_chk31 on model book
--
ALTER TABLE "library_book" DROP CONSTRAINT "library_book_chk31";
COMMIT;
