BEGIN;
--
-- Alter field status on book
--
ALTER TABLE "library_book" ALTER COLUMN "status" SET DEFAULT 'https://example.com/x';
COMMIT;
