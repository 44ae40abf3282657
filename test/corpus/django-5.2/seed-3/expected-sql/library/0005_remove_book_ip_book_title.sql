BEGIN;
--
-- Remove field ip from book
--
ALTER TABLE "library_book" DROP COLUMN "ip" CASCADE;
--
-- Add field title to book
--
ALTER TABLE "library_book" ADD COLUMN "title" text DEFAULT 'n/a' NOT NULL;
ALTER TABLE "library_book" ALTER COLUMN "title" DROP DEFAULT;
COMMIT;
