BEGIN;
--
-- Alter field weight on book
--
SET CONSTRAINTS "library_book_weight_id_c6257e11_fk_library_book_id" IMMEDIATE; ALTER TABLE "library_book" DROP CONSTRAINT "library_book_weight_id_c6257e11_fk_library_book_id";
COMMIT;
