BEGIN;
--
-- Remove field version from verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation" DROP COLUMN "version" CASCADE;
COMMIT;
