BEGIN;
--
-- Alter field rank on book
--
ALTER TABLE "events_book" ALTER COLUMN "rank" SET NOT NULL;
COMMIT;
