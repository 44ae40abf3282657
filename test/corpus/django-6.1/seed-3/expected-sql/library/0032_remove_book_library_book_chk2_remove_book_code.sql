BEGIN;
--
-- Remove constraint library_book_chk2 from model book
--
ALTER TABLE "library_book" DROP CONSTRAINT "library_book_chk2";
--
-- Remove field code from book
--
ALTER TABLE "library_book" DROP COLUMN "code";
COMMIT;
