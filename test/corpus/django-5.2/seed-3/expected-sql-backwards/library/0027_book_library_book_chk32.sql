BEGIN;
--
-- Create constraint library_book_chk32 on model book
--
ALTER TABLE "library_book" DROP CONSTRAINT "library_book_chk32";
COMMIT;
