BEGIN;
--
-- Add field slug to book
--
ALTER TABLE "library_book" ADD COLUMN "slug" time DEFAULT '12:30:00'::time NOT NULL;
ALTER TABLE "library_book" ALTER COLUMN "slug" DROP DEFAULT;
COMMENT ON COLUMN "library_book"."slug" IS 'Primary contact';
COMMIT;
