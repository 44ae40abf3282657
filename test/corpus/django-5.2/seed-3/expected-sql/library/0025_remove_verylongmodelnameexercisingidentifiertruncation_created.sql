BEGIN;
--
-- Remove field created from verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "library_verylongmodelnameexercisingidentifiertruncation" DROP COLUMN "created" CASCADE;
COMMIT;
