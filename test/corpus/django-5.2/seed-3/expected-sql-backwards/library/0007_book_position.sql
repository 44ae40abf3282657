BEGIN;
--
-- Add field position to book
--
ALTER TABLE "library_book" DROP COLUMN "position" CASCADE;
COMMIT;
