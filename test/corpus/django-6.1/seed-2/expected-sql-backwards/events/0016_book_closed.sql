BEGIN;
--
-- Add field closed to book
--
DROP TABLE "events_book_closed" CASCADE;
COMMIT;
