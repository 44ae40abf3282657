BEGIN;
--
-- Rename table for book to library_book_t22
--
ALTER TABLE "library_book" RENAME TO "library_book_t22";
COMMIT;
