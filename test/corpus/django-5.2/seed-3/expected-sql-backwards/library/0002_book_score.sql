BEGIN;
--
-- Add field score to book
--
SET CONSTRAINTS "library_book_score_id_4f3a7495_fk_library_book_id" IMMEDIATE; ALTER TABLE "library_book" DROP CONSTRAINT "library_book_score_id_4f3a7495_fk_library_book_id";
ALTER TABLE "library_book" DROP COLUMN "score_id" CASCADE;
COMMIT;
