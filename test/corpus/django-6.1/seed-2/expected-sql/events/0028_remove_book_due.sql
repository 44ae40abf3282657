BEGIN;
--
-- Remove field due from book
--
ALTER TABLE "events_book" DROP COLUMN "due";
COMMIT;
