BEGIN;
--
-- Add field position to book
--
ALTER TABLE "library_book" ADD COLUMN "position" timestamp with time zone DEFAULT '2026-11-25 13:41:29.524533+00:00'::timestamptz NULL;
ALTER TABLE "library_book" ALTER COLUMN "position" DROP DEFAULT;
COMMIT;
