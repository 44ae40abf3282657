BEGIN;
--
-- Remove field due from book
--
ALTER TABLE "events_book" ADD COLUMN "due" varchar(200) NOT NULL;
CREATE INDEX "events_book_due_cd214431" ON "events_book" ("due");
CREATE INDEX "events_book_due_cd214431_like" ON "events_book" ("due" varchar_pattern_ops);
COMMIT;
