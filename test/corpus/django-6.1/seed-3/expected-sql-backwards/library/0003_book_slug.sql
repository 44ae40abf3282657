BEGIN;
--
-- Add field slug to book
--
ALTER TABLE "library_book" DROP COLUMN "slug_id";
COMMIT;
