BEGIN;
--
-- Add field title to book
--
ALTER TABLE "library_book" DROP COLUMN "title" CASCADE;
--
-- Remove field ip from book
--
ALTER TABLE "library_book" ADD COLUMN "ip" text NOT NULL;
COMMIT;
