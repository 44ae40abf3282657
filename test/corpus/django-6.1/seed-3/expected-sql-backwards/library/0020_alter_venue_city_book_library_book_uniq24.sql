BEGIN;
--
-- Create constraint library_book_uniq24 on model book
--
ALTER TABLE "library_book" DROP CONSTRAINT "library_book_uniq24";
--
-- Alter field city on venue
--
ALTER TABLE "library_venue" ALTER COLUMN "city" DROP NOT NULL;
COMMIT;
