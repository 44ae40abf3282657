BEGIN;
--
-- Add field limit to book
--
ALTER TABLE "library_book" ADD COLUMN "limit" boolean NULL;
COMMIT;
