BEGIN;
--
-- Create constraint library_book_chk2 on model book
--
ALTER TABLE "library_book" ADD CONSTRAINT "library_book_chk2" CHECK ("code"::text LIKE '%it''s%');
COMMIT;
