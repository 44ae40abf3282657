BEGIN;
--
-- Alter field slug on book
--
ALTER TABLE "library_book" DROP CONSTRAINT "library_book_slug_id_aef959d3_uniq";
CREATE INDEX "library_book_slug_id_aef959d3" ON "library_book" ("slug_id");
COMMIT;
