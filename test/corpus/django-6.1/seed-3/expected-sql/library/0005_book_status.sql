BEGIN;
--
-- Add field status to book
--
ALTER TABLE "library_book" ADD COLUMN "status" timestamp with time zone DEFAULT '2024-01-02 03:04:05+00:00'::timestamptz NOT NULL;
ALTER TABLE "library_book" ALTER COLUMN "status" DROP DEFAULT;
CREATE INDEX "library_book_status_af7e68d6" ON "library_book" ("status");
COMMIT;
