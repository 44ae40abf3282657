BEGIN;
--
-- Alter field status on book
--
UPDATE "library_book" SET "status" = 'https://example.com/x' WHERE "status" IS NULL; SET CONSTRAINTS ALL IMMEDIATE;
ALTER TABLE "library_book" ALTER COLUMN "status" SET NOT NULL;
COMMIT;
