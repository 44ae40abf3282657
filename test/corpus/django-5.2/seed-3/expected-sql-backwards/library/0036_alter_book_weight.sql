BEGIN;
--
-- Alter field weight on book
--
ALTER TABLE "library_book" ADD CONSTRAINT "library_book_weight_id_c6257e11_fk_library_book_id" FOREIGN KEY ("weight_id") REFERENCES "library_book" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
