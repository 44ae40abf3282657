BEGIN;
--
-- Create constraint library_book_chk32 on model book
--
ALTER TABLE "library_book" ADD CONSTRAINT "library_book_chk32" CHECK ("label" IS NOT NULL);
COMMIT;
