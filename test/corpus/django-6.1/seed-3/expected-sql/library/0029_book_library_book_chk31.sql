BEGIN;
--
-- Create constraint library_book_chk31 on model book
--
ALTER TABLE "library_book" ADD CONSTRAINT "library_book_chk31" CHECK ((NOT "limit" AND "status" < '2024-02-29 23:59:59+00:00'::timestamptz));
COMMIT;
