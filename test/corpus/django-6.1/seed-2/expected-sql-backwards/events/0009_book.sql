BEGIN;
--
-- Create model Book
--
DROP TABLE "events_book" CASCADE;
COMMIT;
