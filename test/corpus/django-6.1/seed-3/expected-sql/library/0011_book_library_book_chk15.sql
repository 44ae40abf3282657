BEGIN;
--
-- Create constraint library_book_chk15 on model book
--
ALTER TABLE "library_book" ADD CONSTRAINT "library_book_chk15" CHECK (NOT (UPPER("created"::text) LIKE UPPER('it''s%') AND "created" IS NOT NULL));
COMMIT;
