BEGIN;
--
-- Remove field created from book
--
ALTER TABLE "library_book" ADD COLUMN "created" timestamp with time zone DEFAULT '2026-11-25 14:01:23.203744+00:00'::timestamptz NOT NULL;
ALTER TABLE "library_book" ALTER COLUMN "created" DROP DEFAULT;
COMMIT;
