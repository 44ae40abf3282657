BEGIN;
--
-- Remove field score from book
--
ALTER TABLE "library_book" ADD COLUMN "score_id" integer NOT NULL CONSTRAINT "library_book_score_id_4f3a7495_fk_library_book_id" REFERENCES "library_book"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "library_book_score_id_4f3a7495_fk_library_book_id" IMMEDIATE;
COMMENT ON COLUMN "library_book"."score_id" IS 'link to Book';
CREATE INDEX "library_book_score_id_4f3a7495" ON "library_book" ("score_id");
COMMIT;
