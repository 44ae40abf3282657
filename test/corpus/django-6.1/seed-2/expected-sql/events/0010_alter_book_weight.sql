BEGIN;
--
-- Alter field weight on book
--
ALTER TABLE "events_book" ALTER COLUMN "weight" DROP NOT NULL;
COMMIT;
