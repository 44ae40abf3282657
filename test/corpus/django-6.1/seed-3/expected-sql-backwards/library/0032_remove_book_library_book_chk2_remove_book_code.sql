BEGIN;
--
-- Remove field code from book
--
ALTER TABLE "library_book" ADD COLUMN "code" varchar(254) NOT NULL;
--
-- Remove constraint library_book_chk2 from model book
--
ALTER TABLE "library_book" ADD CONSTRAINT "library_book_chk2" CHECK ("code"::text LIKE '%it''s%');
CREATE INDEX "library_book_code_b5f77c04" ON "library_book" ("code");
CREATE INDEX "library_book_code_b5f77c04_like" ON "library_book" ("code" varchar_pattern_ops);
COMMIT;
