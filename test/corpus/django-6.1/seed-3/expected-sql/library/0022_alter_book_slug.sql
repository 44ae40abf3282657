BEGIN;
--
-- Alter field slug on book
--
DROP INDEX IF EXISTS "library_book_slug_id_aef959d3";
ALTER TABLE "library_book" ADD CONSTRAINT "library_book_slug_id_aef959d3_uniq" UNIQUE ("slug_id");
COMMIT;
