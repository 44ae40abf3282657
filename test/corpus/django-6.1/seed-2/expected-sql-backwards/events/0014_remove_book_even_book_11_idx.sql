BEGIN;
--
-- Remove index even_book_11_idx from book
--
CREATE INDEX "even_book_11_idx" ON "events_book" ("due");
COMMIT;
