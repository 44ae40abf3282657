BEGIN;
--
-- Add field version to book
--
ALTER TABLE "library_book" ADD COLUMN "version" integer NULL CHECK ("version" >= 0);
COMMIT;
