BEGIN;
--
-- Create index even_book_18_idx on Collate(F(due)) on model book
--
CREATE INDEX "even_book_18_idx" ON "events_book" ("due" COLLATE "C");
COMMIT;
