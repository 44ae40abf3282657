BEGIN;
--
-- Add field origin to verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "library_verylongmodelnameexercisingidentifiertruncation" DROP COLUMN "origin" CASCADE;
--
-- Add field select to book
--
ALTER TABLE "library_book" DROP COLUMN "select" CASCADE;
COMMIT;
