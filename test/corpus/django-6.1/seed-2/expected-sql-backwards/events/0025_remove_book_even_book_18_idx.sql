BEGIN;
--
-- Remove index even_book_18_idx from book
--
CREATE INDEX "even_book_18_idx" ON "events_book" ("due" COLLATE "C");
COMMIT;
