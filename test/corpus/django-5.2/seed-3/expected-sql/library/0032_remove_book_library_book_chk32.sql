BEGIN;
--
-- Remove constraint library_book_chk32 from model book
--
ALTER TABLE "library_book" DROP CONSTRAINT "library_book_chk32";
COMMIT;
