BEGIN;
--
-- Add field created to verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "library_verylongmodelnameexercisingidentifiertruncation" DROP COLUMN "created" CASCADE;
COMMIT;
